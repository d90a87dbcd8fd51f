// Token details and "Show token" through the real core: claims decoded in main, the raw token only in main's own dialog.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { TokenDetails } from '../../../../../shared/token-details';
import { fakeScripts, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import type { TestCore } from '../../../../fixtures/test-core';
import { DEMO_SECRET, copiedTexts, errorOf, fetchToken, plainEncodings, valueOf } from '../core-test-kit';
import { openOneProfileCore, type OneProfileCore } from '../one-profile-core';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const HOUR = 3_600_000;
const UNKNOWN_ID = '7d3b1f3e-0a4c-4e55-8f2a-7f0d9c1e2b3a';

let world: OneProfileCore;
let butlr: FakeButlrServer;
let clock: number;
let test: TestCore;
let profileId: string;

const details = (id = profileId): Promise<unknown> => test.invoke(ipcChannels.getTokenDetails, { id });
const reveal = (id = profileId): Promise<unknown> => test.invoke(ipcChannels.revealToken, { id });

/** Every piece of a token that must not leave main: the whole, each segment, and the usual encodings of the whole. */
const tokenPieces = (token: string): string[] => [...plainEncodings(token), ...token.split('.').filter((segment) => segment.length > 8)];

beforeEach(async () => {
  clock = START;
  world = await openOneProfileCore(() => clock);
  ({ butlr, test, profileId } = world);
});

afterEach(() => world.close());

describe('getTokenDetails', () => {
  it('answers null while no token is held, and for an unknown profile', async () => {
    expect(valueOf(await details())).toBeNull();
    expect(valueOf(await details(UNKNOWN_ID))).toBeNull();
  });

  it("decodes the JWT's header and claims, with the token's times", async () => {
    valueOf(await fetchToken(test, profileId));
    const answer = valueOf<TokenDetails>(await details());
    expect(answer).toEqual({
      isJwt: true,
      header: { alg: 'HS256', typ: 'JWT' },
      claims: {
        iss: 'https://butlrauth/',
        sub: 'demo-client@clients',
        aud: 'https://butlrauth/',
        scope: 'read:all',
        iat: START / 1000,
        exp: START / 1000 + 3600,
        'https://butlr.io/org_id': 'org_demo',
        jti: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
      obtainedAt: START,
      expiresAt: START + HOUR,
    });
  });

  it('never carries the token, its signature or the secret', async () => {
    valueOf(await fetchToken(test, profileId));
    const answer = JSON.stringify(await details());
    for (const piece of [...tokenPieces(butlr.issuedTokens[0]!), ...plainEncodings(DEMO_SECRET)]) expect(answer).not.toContain(piece);
  });

  it('shows nested claims as JSON text and lists as lists', async () => {
    const claims = { sub: 'x', aud: ['https://butlrauth/', 'https://api.butlr.io/'], permissions: { read: true }, exp: START / 1000 + 600 };
    const token = `${Buffer.from('{"alg":"RS256","kid":"k1"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2lnbmF0dXJlLW5vdC1zaG93bg`;
    butlr.setScript(({ send }) => send(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 }));
    valueOf(await fetchToken(test, profileId));
    const answer = valueOf<TokenDetails>(await details());
    expect(answer.header).toEqual({ alg: 'RS256', kid: 'k1' });
    expect(answer.claims).toEqual({ sub: 'x', aud: ['https://butlrauth/', 'https://api.butlr.io/'], permissions: '{"read":true}', exp: START / 1000 + 600 });
    expect(answer.expiresAt).toBe(START + 600_000);
    expect(JSON.stringify(answer)).not.toContain('c2lnbmF0dXJlLW5vdC1zaG93bg');
  });

  it('says an opaque token is not a JWT, with nothing decoded', async () => {
    butlr.setScript(fakeScripts.token({ expires_in: 3600 }, 'opaque'));
    valueOf(await fetchToken(test, profileId));
    expect(valueOf(await details())).toEqual({ isJwt: false, header: {}, claims: {}, obtainedAt: START, expiresAt: START + HOUR });
    expect(JSON.stringify(await details())).not.toContain(butlr.issuedTokens[0]);
  });

  it('still describes a held token after it expired', async () => {
    valueOf(await fetchToken(test, profileId));
    clock = START + 2 * HOUR;
    expect(valueOf<TokenDetails>(await details()).expiresAt).toBe(START + HOUR);
  });
});

describe('revealToken', () => {
  it("shows the token in main's dialog and answers without it", async () => {
    valueOf(await fetchToken(test, profileId));
    const token = butlr.issuedTokens[0]!;
    const answer = await reveal();
    expect(answer).toEqual({ ok: true, value: { shown: true } });
    expect(test.dialogs.shownTokens).toEqual([{ profileName: 'Production', accessToken: token }]);
    for (const piece of tokenPieces(token)) {
      expect(JSON.stringify(answer)).not.toContain(piece);
      expect(JSON.stringify(test.events)).not.toContain(piece);
    }
    expect(copiedTexts(test)).toEqual([]);
  });

  it('answers not_found and shows nothing while no token is held', async () => {
    errorOf(await reveal(), 'not_found');
    expect(test.dialogs.shownTokens).toEqual([]);
  });

  it('answers not_found for an unknown profile', async () => {
    errorOf(await reveal(UNKNOWN_ID), 'not_found');
    expect(test.dialogs.shownTokens).toEqual([]);
  });

  it('shows the token that is held now, after a renewal', async () => {
    valueOf(await fetchToken(test, profileId));
    clock += 60_000;
    valueOf(await fetchToken(test, profileId));
    valueOf(await reveal());
    expect(test.dialogs.shownTokens.map((shown) => shown.accessToken)).toEqual([butlr.issuedTokens[1]]);
  });
});
