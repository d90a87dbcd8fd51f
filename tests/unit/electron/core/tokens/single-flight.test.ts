// Many copies at once share one sign-in per profile: one request, one new token, the same answer for everyone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import type { TestCore } from '../../../../fixtures/test-core';
import { copiedTexts, copyOutcomeOf, copyToken, createProfile, errorOf, fetchToken, profileInput, profileView, valueOf } from '../core-test-kit';
import { openOneProfileCore, type OneProfileCore } from '../one-profile-core';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const HOUR = 3_600_000;
const COPIES = 100;

let world: OneProfileCore;
let butlr: FakeButlrServer;
let clock: number;
let test: TestCore;
let profileId: string;

const copies = (id = profileId, count = COPIES): Promise<unknown[]> => Promise.all(Array.from({ length: count }, () => copyToken(test, id)));

beforeEach(async () => {
  clock = START;
  // A realistic trip, so the copies overlap the sign-in on the wire as well as in the code.
  world = await openOneProfileCore(() => clock, { delayMs: 30 });
  ({ butlr, test, profileId } = world);
  valueOf(await fetchToken(test, profileId));
  clock = START + 2 * HOUR;
});

afterEach(() => world.close());

describe(`${COPIES} simultaneous copies of an expired profile`, () => {
  it('make exactly one request and put the same new token on the clipboard every time', async () => {
    const answers = await copies();
    expect(butlr.requests).toHaveLength(2);
    expect(butlr.maxConcurrent).toBe(1);
    expect(butlr.issuedTokens).toHaveLength(2);
    const fresh = butlr.issuedTokens[1]!;
    expect(fresh).not.toBe(butlr.issuedTokens[0]);
    for (const answer of answers) expect(copyOutcomeOf(answer)).toEqual({ expiresAt: clock + HOUR, renewed: true });
    expect(copiedTexts(test)).toHaveLength(COPIES);
    expect(copiedTexts(test).every((text) => text === fresh)).toBe(true);
    expect((await profileView(test, profileId)).token).toEqual({ state: 'issued', obtainedAt: clock, expiresAt: clock + HOUR });

    // And the next copies take the new token as it is.
    await copies(profileId, 5);
    expect(butlr.requests).toHaveLength(2);
    expect(copiedTexts(test).slice(COPIES)).toEqual(Array.from({ length: 5 }, () => fresh));
  });

  it('share one failed request, answer every caller with the same error and copy nothing', async () => {
    butlr.setFailure('server_error');
    const answers = await copies();
    expect(butlr.requests).toHaveLength(2);
    const first = errorOf(answers[0], 'server_error');
    for (const answer of answers) expect(errorOf(answer, 'server_error')).toEqual(first);
    expect(copiedTexts(test)).toEqual([]);
  });
});

describe('simultaneous copies of a token inside the margin while renewal fails', () => {
  it('make one request and all fall back to the older token', async () => {
    clock = START + HOUR - 30_000;
    butlr.setFailure('server_error');
    const answers = await copies(profileId, 30);
    expect(butlr.requests).toHaveLength(2);
    for (const answer of answers) {
      expect(copyOutcomeOf(answer)).toEqual({ expiresAt: START + HOUR, renewed: false, renewalError: expect.objectContaining({ code: 'server_error' }) });
    }
    expect(copiedTexts(test)).toHaveLength(30);
    expect(new Set(copiedTexts(test))).toEqual(new Set([butlr.issuedTokens[0]]));
  });
});

describe('simultaneous copies across profiles', () => {
  it('make one request per profile, each profile getting its own token', async () => {
    const otherId = (await createProfile(test, profileInput(butlr.url, { name: 'Staging' }))).id;
    const [mine, theirs] = await Promise.all([copies(profileId, 25), copies(otherId, 25)]);
    expect(butlr.requests).toHaveLength(3);
    expect(butlr.issuedTokens).toHaveLength(3);
    const tokens = new Set(copiedTexts(test));
    expect(tokens.size).toBe(2);
    for (const answer of [...mine!, ...theirs!]) expect(copyOutcomeOf(answer).renewed).toBe(true);
  });
});
