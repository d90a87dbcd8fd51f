import { mkdir, rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../../../electron/core/tokens/token-client';
import { COPY_MARGIN_MS } from '../../../../../shared/expiry';
import { ipcChannels, ipcEventChannels } from '../../../../../shared/ipc/channels';
import { UNDO_DELETE_MS } from '../../../../../shared/undo-delete';
import type { TokenInfo } from '../../../../../shared/token-info';
import { createManualClock, flushIo } from '../../../../fixtures/manual-clock';
import { startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../../../fixtures/test-core';
import { DEMO_SECRET, createProfile, deferred, errorOf, listProfiles, plainEncodings, profileInput, readDataFile, valueOf } from '../core-test-kit';
import { readStoredTokens, readTokenFile, tokenFilePath } from '../stored-tokens';

type CopyOutcome = { expiresAt: number; renewed: boolean; clipboardClearsAt: number | null };
/** The clipboard is cleared a minute after a copy by default (the clipboardClearSeconds setting). */
const CLEARS_AFTER = 60_000;

/**
 * A clock two hours behind the real one: the fake server's JWT `exp` follows the real clock,
 * so with this clock `expires_in` always decides the expiry and every expiry is exact.
 */
const START = Date.now() - 2 * 60 * 60_000;
const HOUR = 60 * 60_000;

let dataDir: TempDataDir;
let butlr: FakeButlrServer;
let clock: number;
let test: TestCore;
let profileId: string;

const core = (options: { fetch?: FetchLike; safeStorage?: TestCore['safeStorage'] } = {}): TestCore =>
  createTestCore({ dataDir: dataDir.path, now: () => clock, ...options });
const fetchToken = (on: TestCore = test, id = profileId) => on.invoke(ipcChannels.fetchToken, { id });
const copyToken = (on: TestCore = test, id = profileId) => on.invoke(ipcChannels.copyToken, { id });
const tokenChanges = (on: TestCore = test) => on.events.filter((event) => event.channel === ipcEventChannels.tokenChanged);

beforeEach(async () => {
  clock = START;
  dataDir = await createTempDataDir();
  butlr = await startFakeButlrServer();
  test = core();
  profileId = (await createProfile(test, profileInput(butlr.url))).id;
});

afterEach(async () => {
  await butlr.close();
  await dataDir.remove();
});

describe('fetch', () => {
  it('signs in and reports the issued token by its lifetime only', async () => {
    const info = valueOf<TokenInfo>(await fetchToken());
    expect(info).toEqual({ state: 'issued', obtainedAt: START, expiresAt: START + HOUR });
    expect(butlr.requests).toHaveLength(1);
    expect(JSON.stringify(info)).not.toContain(butlr.issuedTokens[0]);
    expect(test.clipboard).toEqual([]);
  });

  it('tells the renderer the token changed and shows it in the profile list', async () => {
    valueOf(await fetchToken());
    expect(tokenChanges()).toEqual([{ channel: ipcEventChannels.tokenChanged, payload: { profileId } }]);
    expect((await listProfiles(test))[0]?.token).toEqual({ state: 'issued', obtainedAt: START, expiresAt: START + HOUR });
  });

  it('always signs in again, even with a valid token held', async () => {
    valueOf(await fetchToken());
    clock += 60_000;
    expect(valueOf<TokenInfo>(await fetchToken())).toEqual({ state: 'issued', obtainedAt: START + 60_000, expiresAt: START + 60_000 + HOUR });
    expect(butlr.requests).toHaveLength(2);
  });

  it('shares one sign-in between simultaneous fetches', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => fetchToken()));
    expect(butlr.requests).toHaveLength(1);
    for (const answer of answers) expect(valueOf<TokenInfo>(answer).state).toBe('issued');
  });

  it('answers not_found for an unknown profile without calling Butlr', async () => {
    errorOf(await fetchToken(test, '7d3b1f3e-0a4c-4e55-8f2a-7f0d9c1e2b3a'), 'not_found');
    expect(butlr.requests).toHaveLength(0);
  });
});

describe('a failed fetch', () => {
  it('records the failure and keeps the lifetime of the token held from before', async () => {
    valueOf(await fetchToken());
    butlr.setFailure('server_error');
    clock += 10 * 60_000;
    const error = errorOf(await fetchToken(), 'server_error');
    expect(error.status).toBe(500);
    const [view] = await listProfiles(test);
    expect(view?.token).toEqual({
      state: 'failed',
      failedAt: START + 10 * 60_000,
      error,
      previous: { obtainedAt: START, expiresAt: START + HOUR },
    });
    expect(tokenChanges()).toHaveLength(2);
  });

  it('records no previous token when there was none', async () => {
    butlr.setFailure('reject');
    errorOf(await fetchToken(), 'rejected_credentials');
    expect((await listProfiles(test))[0]?.token).toEqual(expect.objectContaining({ state: 'failed', previous: null }));
  });

  it('still lets the held token be copied', async () => {
    valueOf(await fetchToken());
    butlr.setFailure('server_error');
    errorOf(await fetchToken(), 'server_error');
    expect(valueOf<CopyOutcome>(await copyToken())).toEqual({ expiresAt: START + HOUR, renewed: false, clipboardClearsAt: clock + CLEARS_AFTER });
    expect(test.clipboard).toEqual([butlr.issuedTokens[0]]);
  });

  it('is cleared by the next successful fetch', async () => {
    butlr.setFailure('server_error');
    errorOf(await fetchToken(), 'server_error');
    butlr.setFailure(null);
    expect(valueOf<TokenInfo>(await fetchToken()).state).toBe('issued');
    expect((await listProfiles(test))[0]?.token.state).toBe('issued');
  });

  // The token is handed out before it is saved. When saving then fails (here: its file cannot be written), the row
  // says the token will not survive a restart, the token still copies, and it is saved once the disk is back.
  it('says when a token could not be saved, keeps it usable, and saves it once the disk is back', async () => {
    const tokenFile = tokenFilePath(dataDir.path, profileId);
    await mkdir(tokenFile);
    expect(valueOf<TokenInfo>(await fetchToken()).state).toBe('issued');
    await flushIo();
    expect((await listProfiles(test))[0]?.token).toEqual({
      state: 'issued',
      obtainedAt: START,
      expiresAt: START + HOUR,
      saveError: { code: 'storage', message: expect.stringMatching(/^The token works, but it could not be saved to disk, so it will be gone after a restart\./) },
    });
    expect(tokenChanges()).toHaveLength(2);
    expect(valueOf<CopyOutcome>(await copyToken()).renewed).toBe(false);
    expect(test.clipboard).toEqual([butlr.issuedTokens[0]]);

    await rm(tokenFile, { recursive: true });
    test.core.flushPendingWrites();
    expect((await listProfiles(test))[0]?.token).toEqual({ state: 'issued', obtainedAt: START, expiresAt: START + HOUR });
    expect(Object.keys(await readStoredTokens(dataDir.path))).toEqual([profileId]);
    expect(butlr.requests).toHaveLength(1);
  });

  it('signs in again after a failed save, and says nothing more once that token is saved', async () => {
    const tokenFile = tokenFilePath(dataDir.path, profileId);
    await mkdir(tokenFile);
    valueOf(await fetchToken());
    await flushIo();
    await rm(tokenFile, { recursive: true });
    expect(valueOf<TokenInfo>(await fetchToken()).state).toBe('issued');
    await flushIo();
    expect(butlr.requests).toHaveLength(2);
    expect((await listProfiles(test))[0]?.token).toEqual({ state: 'issued', obtainedAt: START, expiresAt: START + HOUR });
  });
});

describe('copy', () => {
  it('fetches a token when none is held and puts it on the clipboard', async () => {
    expect(valueOf<CopyOutcome>(await copyToken())).toEqual({ expiresAt: START + HOUR, renewed: true, clipboardClearsAt: clock + CLEARS_AFTER });
    expect(butlr.requests).toHaveLength(1);
    expect(test.clipboard).toEqual([butlr.issuedTokens[0]]);
  });

  it('copies a held valid token without calling Butlr again', async () => {
    valueOf(await fetchToken());
    clock += 30 * 60_000;
    expect(valueOf<CopyOutcome>(await copyToken())).toEqual({ expiresAt: START + HOUR, renewed: false, clipboardClearsAt: clock + CLEARS_AFTER });
    expect(butlr.requests).toHaveLength(1);
    expect(test.clipboard).toEqual([butlr.issuedTokens[0]]);
  });

  it('copies a token with exactly the margin left as it is', async () => {
    valueOf(await fetchToken());
    clock = START + HOUR - COPY_MARGIN_MS;
    expect(valueOf<CopyOutcome>(await copyToken()).renewed).toBe(false);
    expect(butlr.requests).toHaveLength(1);
  });

  it('fetches a fresh token first when the held one is inside the 60 s margin', async () => {
    valueOf(await fetchToken());
    clock = START + HOUR - COPY_MARGIN_MS + 1;
    expect(valueOf<CopyOutcome>(await copyToken())).toEqual({ expiresAt: clock + HOUR, renewed: true, clipboardClearsAt: clock + CLEARS_AFTER });
    expect(butlr.requests).toHaveLength(2);
    expect(test.clipboard).toEqual([butlr.issuedTokens[1]]);
    expect(butlr.issuedTokens[1]).not.toBe(butlr.issuedTokens[0]);
  });

  it('fetches a fresh token when the held one has expired', async () => {
    valueOf(await fetchToken());
    clock = START + 2 * HOUR;
    expect(valueOf<CopyOutcome>(await copyToken()).renewed).toBe(true);
    expect(test.clipboard).toEqual([butlr.issuedTokens[1]]);
  });

  it('makes exactly one request for 20 simultaneous copies and copies the same token each time', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => copyToken()));
    expect(butlr.requests).toHaveLength(1);
    expect(butlr.issuedTokens).toHaveLength(1);
    for (const answer of answers) expect(valueOf<CopyOutcome>(answer).expiresAt).toBe(START + HOUR);
    expect(test.clipboard).toHaveLength(20);
    expect(new Set(test.clipboard)).toEqual(new Set([butlr.issuedTokens[0]]));
  });

  it('writes nothing to the clipboard when the sign-in fails', async () => {
    butlr.setFailure('reject');
    errorOf(await copyToken(), 'rejected_credentials');
    expect(test.clipboard).toEqual([]);
  });

  it('times out a sign-in that never answers and leaves the clipboard alone', async () => {
    butlr.setFailure('hang');
    const impatient = createTestCore({ dataDir: dataDir.path, safeStorage: test.safeStorage, now: () => clock, requestTimeoutMs: 300 });
    errorOf(await copyToken(impatient), 'timeout');
    expect(impatient.clipboard).toEqual([]);
  });

  it('answers not_found for an unknown profile', async () => {
    errorOf(await copyToken(test, '7d3b1f3e-0a4c-4e55-8f2a-7f0d9c1e2b3a'), 'not_found');
    expect(butlr.requests).toHaveLength(0);
  });
});

describe('delete', () => {
  it('forgets the token, after which copy answers not_found', async () => {
    const timers = createManualClock({ start: clock });
    const timed = createTestCore({ dataDir: dataDir.path, now: () => clock, timers, safeStorage: test.safeStorage });
    valueOf(await fetchToken(timed));
    valueOf(await timed.invoke(ipcChannels.deleteProfile, { id: profileId }));
    errorOf(await copyToken(timed), 'not_found');
    await timers.advance(UNDO_DELETE_MS);
    expect(await readStoredTokens(dataDir.path)).toEqual({});
    errorOf(await copyToken(timed), 'not_found');
    errorOf(await fetchToken(timed), 'not_found');
    expect(timed.clipboard).toEqual([]);
    expect(butlr.requests).toHaveLength(1);
  });

  it('forgets nothing while the deletion can still be undone', async () => {
    valueOf(await fetchToken());
    valueOf(await test.invoke(ipcChannels.deleteProfile, { id: profileId }));
    errorOf(await copyToken(), 'not_found');
    errorOf(await fetchToken(), 'not_found');
    expect(test.clipboard).toEqual([]);
    expect(butlr.requests).toHaveLength(1);
  });

  it('drops a token that arrives after its profile was deleted', async () => {
    const gate = deferred();
    const arrived = deferred();
    const gated = core({ fetch: async (url, init) => (arrived.resolve(), await gate.promise, fetch(url, init)), safeStorage: test.safeStorage });
    const pending = fetchToken(gated);
    await arrived.promise;
    valueOf(await gated.invoke(ipcChannels.deleteProfile, { id: profileId }));
    gate.resolve();
    errorOf(await pending, 'not_found');
    expect(butlr.requests).toHaveLength(1);
    expect(gated.clipboard).toEqual([]);
    expect(await readStoredTokens(dataDir.path)).toEqual({});
  });
});

describe('on disk', () => {
  it('keeps profiles.json and the token file for the user only, without the secret or the token in any plain encoding', async () => {
    valueOf(await copyToken());
    test.core.flushPendingWrites();
    const token = butlr.issuedTokens[0]!;
    const files = { 'profiles.json': await readDataFile(dataDir.path, 'profiles'), 'token file': await readTokenFile(dataDir.path, profileId) };
    for (const [name, { text, mode }] of Object.entries(files)) {
      expect(mode, `${name} mode`).toBe(0o600);
      for (const leaked of [...plainEncodings(DEMO_SECRET), ...plainEncodings(token), token.split('.')[2]!]) {
        expect(text, name).not.toContain(leaked);
      }
    }
    expect(JSON.parse(files['token file'].text)).toEqual({
      version: 3,
      profileId,
      token: { encryptedAccessToken: expect.stringMatching(/^ss1:/), obtainedAt: START, expiresAt: START + HOUR },
    });
  });

  it('copies the still-valid token after a restart without calling Butlr', async () => {
    valueOf(await fetchToken());
    test.core.dispose();
    const restarted = core({ safeStorage: test.safeStorage });
    expect((await listProfiles(restarted))[0]?.token).toEqual({ state: 'issued', obtainedAt: START, expiresAt: START + HOUR });
    expect(valueOf<CopyOutcome>(await copyToken(restarted))).toEqual({ expiresAt: START + HOUR, renewed: false, clipboardClearsAt: clock + CLEARS_AFTER });
    expect(restarted.clipboard).toEqual([butlr.issuedTokens[0]]);
    expect(butlr.requests).toHaveLength(1);
  });

  it('refuses to sign in when the secret was saved under another keyring, even with a token held', async () => {
    valueOf(await fetchToken());
    const otherMachine = core();
    errorOf(await copyToken(otherMachine), 'secret_unreadable');
    expect(otherMachine.clipboard).toEqual([]);
    expect(butlr.requests).toHaveLength(1);
    expect((await listProfiles(otherMachine))[0]?.token).toEqual(expect.objectContaining({ state: 'failed', error: expect.objectContaining({ code: 'secret_unreadable' }) }));
  });

  // safeStorage's `shouldReEncrypt` (a rotated key) means: encrypt the value again and save it.
  it('re-encrypts a stored secret when safeStorage asks for it', async () => {
    const before = JSON.parse((await readDataFile(dataDir.path, 'profiles')).text).profiles[0].encryptedSecret as string;
    test.safeStorage.shouldReEncrypt = true;
    valueOf(await fetchToken());
    const after = JSON.parse((await readDataFile(dataDir.path, 'profiles')).text).profiles[0].encryptedSecret as string;
    expect(after).not.toBe(before);
  });
});
