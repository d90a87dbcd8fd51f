// Test, then save: the profile keeps the token the Test fetched, through the real handlers, only for the credentials tested.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TESTED_TOKEN_TTL_MS } from '../../../../../electron/core/tokens/tested-tokens';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { NewProfileInput, ProfileView } from '../../../../../shared/profile';
import { startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../../../fixtures/test-core';
import { activityOf, copiedTexts, copyToken, createProfile, DEMO_SECRET, profileInput, profileView, valueOf } from '../core-test-kit';
import { readStoredTokens } from '../stored-tokens';

const START = Date.now() - 2 * 60 * 60_000;
const HOUR = 60 * 60_000;

let dataDir: TempDataDir;
let butlr: FakeButlrServer;
let clock: number;
let test: TestCore;

beforeEach(async () => {
  clock = START;
  dataDir = await createTempDataDir();
  butlr = await startFakeButlrServer();
  test = createTestCore({ dataDir: dataDir.path, now: () => clock });
});

afterEach(async () => {
  test.core.dispose();
  await butlr.close();
  await dataDir.remove();
});

async function testCredentials(input: NewProfileInput): Promise<{ expiresAt: number | null; testedToken: string | null }> {
  return valueOf(await test.invoke(ipcChannels.testProfile, input));
}

describe('keeping the token a Test fetched', () => {
  it('answers a Test with a handle, never the token', async () => {
    const answer = await testCredentials(profileInput(butlr.url));
    expect(answer).toEqual({ expiresAt: START + HOUR, testedToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(JSON.stringify(answer)).not.toContain(butlr.issuedTokens[0]!);
  });

  it('saves a new profile with that token, sealed on disk, without signing in again', async () => {
    const { testedToken } = await testCredentials(profileInput(butlr.url));
    clock += 60_000;
    const created = await createProfile(test, { ...profileInput(butlr.url), testedToken } as NewProfileInput);
    expect(created.token).toEqual({ state: 'issued', obtainedAt: START, expiresAt: START + HOUR });
    expect(butlr.requests).toHaveLength(1);

    test.core.flushPendingWrites();
    const stored = (await readStoredTokens(dataDir.path))[created.id];
    expect(stored).toMatchObject({ obtainedAt: START, expiresAt: START + HOUR });
    expect(JSON.stringify(stored)).not.toContain(butlr.issuedTokens[0]!);

    // The very token the Test got is the one handed out, still with no second sign-in.
    valueOf(await copyToken(test, created.id));
    expect(copiedTexts(test)).toEqual([butlr.issuedTokens[0]]);
    expect(butlr.requests).toHaveLength(1);
    expect((await activityOf(test, created.id)).map((event) => event.kind)).toEqual(['copied', 'fetched']);
  });

  it('ignores the handle when the saved credentials differ from those tested, and still saves', async () => {
    const { testedToken } = await testCredentials(profileInput(butlr.url));
    const created = await createProfile(test, { ...profileInput(butlr.url, { clientSecret: 'another-secret' }), testedToken } as NewProfileInput);
    expect(created.token).toEqual({ state: 'none' });
    expect(created.secret).toBe('set');
  });

  it('keeps the token once: a second profile saved with the same handle has none', async () => {
    const { testedToken } = await testCredentials(profileInput(butlr.url));
    const first = await createProfile(test, { ...profileInput(butlr.url), testedToken } as NewProfileInput);
    const second = await createProfile(test, { ...profileInput(butlr.url, { name: 'Production copy' }), testedToken } as NewProfileInput);
    expect(first.token.state).toBe('issued');
    expect(second.token).toEqual({ state: 'none' });
  });

  it('ignores a handle older than the time limit, and one it never gave out', async () => {
    const { testedToken } = await testCredentials(profileInput(butlr.url));
    clock += TESTED_TOKEN_TTL_MS;
    const late = await createProfile(test, { ...profileInput(butlr.url), testedToken } as NewProfileInput);
    expect(late.token).toEqual({ state: 'none' });
    const forged = await createProfile(test, { ...profileInput(butlr.url, { name: 'Forged' }), testedToken: 'A'.repeat(43) } as NewProfileInput);
    expect(forged.token).toEqual({ state: 'none' });
  });

  it('refuses a handle that is not one at the boundary, as any malformed request', async () => {
    const answer = (await test.invoke(ipcChannels.createProfile, { ...profileInput(butlr.url), testedToken: 'not a handle' })) as { ok: boolean };
    expect(answer.ok).toBe(false);
  });

  it('keeps the token when an edit saves the secret that was tested', async () => {
    const saved = await createProfile(test, profileInput(butlr.url, { clientSecret: 'old-secret' }));
    const { testedToken } = await testCredentials(profileInput(butlr.url));
    const update = (changes: object) => test.invoke(ipcChannels.updateProfile, { id: saved.id, changes, testedToken });
    const edited = valueOf<ProfileView>(await update({ secret: DEMO_SECRET }));
    expect(edited.token).toEqual({ state: 'issued', obtainedAt: START, expiresAt: START + HOUR });
    expect(butlr.requests).toHaveLength(1);
  });

  it('ignores the handle on an edit that carries no secret', async () => {
    const saved = await createProfile(test, profileInput(butlr.url));
    const { testedToken } = await testCredentials(profileInput(butlr.url));
    const edited = valueOf<ProfileView>(await test.invoke(ipcChannels.updateProfile, { id: saved.id, changes: { notes: 'EU' }, testedToken }));
    expect(edited.token).toEqual({ state: 'none' });
    expect((await profileView(test, saved.id)).notes).toBe('EU');
  });
});
