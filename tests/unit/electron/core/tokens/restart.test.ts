// A restart is a new core on the same data folder and the same keyring: valid tokens survive it, the rest are dropped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeScripts, startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createFakeSafeStorage, type FakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { createManualClock } from '../../../../fixtures/manual-clock';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore, type TestCoreOptions } from '../../../../fixtures/test-core';
import {
  activityOf,
  copiedTexts,
  copyOutcomeOf,
  copyToken,
  createProfile,
  fetchToken,
  profileInput,
  profileView,
  setAutoRefresh,
  valueOf,
} from '../core-test-kit';
import { readStoredTokens } from '../stored-tokens';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const HOUR = 3_600_000;

let dataDir: TempDataDir;
let butlr: FakeButlrServer;
let clock: number;
/** The OS keyring: one for the machine, across launches. */
let keyring: FakeSafeStorage;
let first: TestCore;
const cores: TestCore[] = [];

/** The app started (again) on the same folder with the same keyring. */
const launch = (options: Partial<TestCoreOptions> = {}): TestCore => {
  const core = createTestCore({ dataDir: dataDir.path, now: () => clock, safeStorage: keyring, ...options });
  cores.push(core);
  return core;
};

/** Quits every running instance (as the app does on quit: timers stopped, pending writes flushed), then starts again. */
const restart = (options: Partial<TestCoreOptions> = {}): TestCore => {
  for (const core of cores) core.core.dispose();
  return launch(options);
};

/** The tokens on disk once every running instance has written what it holds. */
const storedTokenIds = async (): Promise<string[]> => {
  for (const core of cores) core.core.flushPendingWrites();
  return Object.keys(await readStoredTokens(dataDir.path)).sort();
};

beforeEach(async () => {
  clock = START;
  dataDir = await createTempDataDir();
  butlr = await startFakeButlrServer({ now: () => clock });
  keyring = createFakeSafeStorage();
  first = launch();
});

afterEach(async () => {
  for (const core of cores.splice(0)) core.core.dispose();
  await butlr.close();
  await dataDir.remove();
});

describe('after a restart', () => {
  it('keeps a valid token: listed with its times, copied without a request', async () => {
    const { id } = await createProfile(first, profileInput(butlr.url));
    valueOf(await fetchToken(first, id));
    clock = START + 30 * 60_000;

    const again = restart();
    expect((await profileView(again, id)).token).toEqual({ state: 'issued', obtainedAt: START, expiresAt: START + HOUR });
    expect(copyOutcomeOf(await copyToken(again, id))).toEqual({ expiresAt: START + HOUR, renewed: false });
    expect(copiedTexts(again)).toEqual([butlr.issuedTokens[0]]);
    expect(butlr.requests).toHaveLength(1);
  });

  it('keeps a token inside the copy margin, so a copy renews it but it was still there to fall back on', async () => {
    const { id } = await createProfile(first, profileInput(butlr.url));
    valueOf(await fetchToken(first, id));
    clock = START + HOUR - 30_000;
    butlr.setFailure('server_error');

    const again = restart();
    const outcome = copyOutcomeOf(await copyToken(again, id));
    expect(outcome).toEqual({ expiresAt: START + HOUR, renewed: false, renewalError: expect.objectContaining({ code: 'server_error' }) });
    expect(copiedTexts(again)).toEqual([butlr.issuedTokens[0]]);
  });

  it('drops an expired token: none listed, removed from disk, and a copy signs in', async () => {
    const { id } = await createProfile(first, profileInput(butlr.url));
    valueOf(await fetchToken(first, id));
    clock = START + HOUR;

    const again = restart();
    expect((await profileView(again, id)).token).toEqual({ state: 'none' });
    expect(await storedTokenIds()).toEqual([]);
    expect(copyOutcomeOf(await copyToken(again, id))).toEqual({ expiresAt: clock + HOUR, renewed: true });
    expect(copiedTexts(again)).toEqual([butlr.issuedTokens[1]]);
    expect(butlr.requests).toHaveLength(2);
  });

  it('drops a token of unknown expiry', async () => {
    const { id } = await createProfile(first, profileInput(butlr.url));
    butlr.setScript(fakeScripts.token({}, 'opaque'));
    valueOf(await fetchToken(first, id));
    expect((await profileView(first, id)).token).toEqual({ state: 'issued', obtainedAt: START, expiresAt: null });
    expect(await storedTokenIds()).toEqual([id]);

    const again = restart();
    expect((await profileView(again, id)).token).toEqual({ state: 'none' });
    expect(await storedTokenIds()).toEqual([]);
  });

  it('sorts a mix of profiles: keeps the valid one, drops the expired and the unknown-expiry ones', async () => {
    const valid = await createProfile(first, profileInput(butlr.url, { name: 'Valid' }));
    const expired = await createProfile(first, profileInput(butlr.url, { name: 'Expired' }));
    const unknown = await createProfile(first, profileInput(butlr.url, { name: 'Unknown' }));
    butlr.setExpiresIn(600);
    valueOf(await fetchToken(first, expired.id));
    butlr.setExpiresIn(3600);
    valueOf(await fetchToken(first, valid.id));
    butlr.setScript(fakeScripts.token({}, 'opaque'));
    valueOf(await fetchToken(first, unknown.id));
    butlr.setScript(null);
    clock = START + 20 * 60_000;

    const again = restart();
    expect((await profileView(again, valid.id)).token.state).toBe('issued');
    expect((await profileView(again, expired.id)).token).toEqual({ state: 'none' });
    expect((await profileView(again, unknown.id)).token).toEqual({ state: 'none' });
    expect(await storedTokenIds()).toEqual([valid.id]);
    valueOf(await copyToken(again, valid.id));
    expect(copiedTexts(again)).toEqual([butlr.issuedTokens[1]]);
    expect(butlr.requests).toHaveLength(3);
  });

  it('starts with no failure on record, and the activity history intact', async () => {
    const { id } = await createProfile(first, profileInput(butlr.url));
    valueOf(await fetchToken(first, id));
    butlr.setFailure('server_error');
    clock += 1_000;
    await fetchToken(first, id);
    const history = await activityOf(first, id);
    expect(history.map((event) => event.kind)).toEqual(['failed', 'fetched']);

    const again = restart();
    expect((await profileView(again, id)).token).toEqual({ state: 'issued', obtainedAt: START, expiresAt: START + HOUR });
    expect(await activityOf(again, id)).toEqual(history);
  });

  it('plans auto-refresh from the kept token, not from the restart', async () => {
    const { id } = await createProfile(first, profileInput(butlr.url));
    valueOf(await fetchToken(first, id));
    valueOf(await setAutoRefresh(first, id, true));
    clock = START + 10 * 60_000;

    const timers = createManualClock({ start: clock });
    const again = restart({ timers, now: timers.now, random: () => 0.5 });
    const renewal = Math.round(START + 0.8 * HOUR - 0.5 * 60_000);
    expect((await profileView(again, id)).nextRefreshAt).toBe(renewal);
    expect(timers.pendingTimers()).toEqual([renewal]);
    expect(butlr.requests).toHaveLength(1);
    expect(butlr.requests).toHaveLength(1);
  });
});
