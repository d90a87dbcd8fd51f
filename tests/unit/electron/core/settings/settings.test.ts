// The settings through the real core: read, changed, kept, refused when wrong, and obeyed by the token engine.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels, ipcEventChannels } from '../../../../../shared/ipc/channels';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../shared/settings';
import { startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore, type TestCoreOptions } from '../../../../fixtures/test-core';
import { copiedTexts, copyOutcomeOf, copyToken, createProfile, errorOf, fetchToken, hostOf, profileInput, valueOf } from '../core-test-kit';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const HOUR = 3_600_000;

let dataDir: TempDataDir;
let butlr: FakeButlrServer;
let clock: number;
const cores: TestCore[] = [];

const launch = (options: Partial<TestCoreOptions> = {}): TestCore => {
  const core = createTestCore({ dataDir: dataDir.path, now: () => clock, ...options });
  cores.push(core);
  return core;
};
const getSettings = async (test: TestCore): Promise<Settings> => valueOf<Settings>(await test.invoke(ipcChannels.getSettings));
const updateSettings = (test: TestCore, patch: unknown): Promise<unknown> => test.invoke(ipcChannels.updateSettings, patch);

beforeEach(async () => {
  clock = START;
  dataDir = await createTempDataDir();
  butlr = await startFakeButlrServer({ now: () => clock });
});

afterEach(async () => {
  for (const core of cores.splice(0)) core.core.dispose();
  await butlr.close();
  await dataDir.remove();
});

describe('reading and changing', () => {
  it('starts from the defaults', async () => {
    expect(await getSettings(launch())).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual(expect.objectContaining({ copyMarginSeconds: 60, requestTimeoutSeconds: 15, autoRefreshByDefault: false }));
  });

  it('applies a partial change, answers with the whole settings, tells the window, and keeps them across a restart', async () => {
    const test = launch();
    const updated = valueOf<Settings>(await updateSettings(test, { copyMarginSeconds: 120, autoRefreshByDefault: true }));
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, copyMarginSeconds: 120, autoRefreshByDefault: true });
    expect(test.events).toEqual([{ channel: ipcEventChannels.settingsChanged, payload: {} }]);
    expect(await getSettings(launch())).toEqual(updated);
  });

  it('keeps the settings file for the user only', async () => {
    valueOf(await updateSettings(launch(), { copyMarginSeconds: 120 }));
    expect((await stat(join(dataDir.path, 'settings.json'))).mode & 0o777).toBe(0o600);
  });

  it('reads a settings file from before the density setting as comfortable, with no migration, and keeps compact once chosen', async () => {
    // The file's version stays 1: a missing key takes its default, value by value (settings-store.ts readSettings).
    const before = launch({ settings: { copyMarginSeconds: 30 } });
    expect(await getSettings(before)).toEqual({ ...DEFAULT_SETTINGS, copyMarginSeconds: 30, density: 'comfortable' });
    valueOf(await updateSettings(before, { density: 'compact' }));
    expect((await getSettings(launch())).density).toBe('compact');
  });

  it('reads a settings file from before the theme setting as system, with no migration, and keeps dark once chosen', async () => {
    const before = launch({ settings: { density: 'compact' } });
    expect(await getSettings(before)).toEqual({ ...DEFAULT_SETTINGS, density: 'compact', theme: 'system' });
    valueOf(await updateSettings(before, { theme: 'dark' }));
    expect((await getSettings(launch())).theme).toBe('dark');
  });

  it('drops a stored value that is out of range, keeping the others', async () => {
    const test = launch({ settings: { copyMarginSeconds: -5, requestTimeoutSeconds: 20 } });
    expect(await getSettings(test)).toEqual({ ...DEFAULT_SETTINGS, requestTimeoutSeconds: 20 });
  });
});

describe('refusing a bad change', () => {
  it.each([
    [{ copyMarginSeconds: -1 }, 'copyMarginSeconds', 'Zero or more seconds.'],
    [{ copyMarginSeconds: 1801 }, 'copyMarginSeconds', 'At most 30 minutes.'],
    [{ copyMarginSeconds: '60' }, 'copyMarginSeconds', undefined],
    [{ requestTimeoutSeconds: 0 }, 'requestTimeoutSeconds', 'At least 1 second.'],
    [{ requestTimeoutSeconds: 121 }, 'requestTimeoutSeconds', 'At most 2 minutes.'],
    [{ requestTimeoutSeconds: 1.5 }, 'requestTimeoutSeconds', undefined],
    [{ expiringSoonSeconds: 5 }, 'expiringSoonSeconds', 'At least 10 seconds.'],
    [{ autoRefreshByDefault: 'yes' }, 'autoRefreshByDefault', undefined],
    [{ density: 'cosy' }, 'density', undefined],
    [{ theme: 'sepia' }, 'theme', undefined],
  ])('answers invalid_request for %j, naming the field, and changes nothing', async (patch, field, message) => {
    const test = launch();
    const error = errorOf(await updateSettings(test, patch), 'invalid_request');
    expect(error.field).toBe(field);
    if (message) expect(error.message).toBe(message);
    expect(await getSettings(test)).toEqual(DEFAULT_SETTINGS);
    expect(test.events).toEqual([]);
  });

  it('refuses a setting it does not know rather than ignoring it', async () => {
    const test = launch();
    const error = errorOf(await updateSettings(test, { copyMarginSeconds: 30, copyMarginMinutes: 1 }), 'invalid_request');
    expect(error.message).toMatch(/copyMarginMinutes/);
    expect(await getSettings(test)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the copy margin', () => {
  it('applies to the very next copy, both ways', async () => {
    const test = launch();
    const { id } = await createProfile(test, profileInput(butlr.url));
    valueOf(await fetchToken(test, id));

    clock = START + HOUR - 10 * 60_000;
    expect(copyOutcomeOf(await copyToken(test, id)).renewed).toBe(false);
    expect(butlr.requests).toHaveLength(1);

    // Ten minutes left is now inside a fifteen-minute margin.
    valueOf(await updateSettings(test, { copyMarginSeconds: 15 * 60 }));
    expect(copyOutcomeOf(await copyToken(test, id))).toEqual({ expiresAt: clock + HOUR, renewed: true });
    expect(butlr.requests).toHaveLength(2);

    // With no margin at all, a token is handed out until its last second.
    valueOf(await updateSettings(test, { copyMarginSeconds: 0 }));
    clock += HOUR - 1_000;
    expect(copyOutcomeOf(await copyToken(test, id)).renewed).toBe(false);
    expect(copiedTexts(test)).toEqual([butlr.issuedTokens[0], butlr.issuedTokens[1], butlr.issuedTokens[1]]);
    expect(butlr.requests).toHaveLength(2);
  });
});

describe('the request timeout', () => {
  it('gives up on a server that never answers after the configured second', async () => {
    const test = launch({ settings: { requestTimeoutSeconds: 1 } });
    const { id } = await createProfile(test, profileInput(butlr.url));
    butlr.setFailure('hang');
    const error = errorOf(await fetchToken(test, id), 'timeout');
    expect(error.message).toBe(`“Production”: ${hostOf(butlr.url)} did not answer within 1 s. Check your connection or try again in a moment.`);
  });

  it('applies a change to the next sign-in', async () => {
    // Two minutes to start with: if the change were ignored this test would run into vitest's own time limit.
    const test = launch({ settings: { requestTimeoutSeconds: 120 } });
    const { id } = await createProfile(test, profileInput(butlr.url));
    butlr.setFailure('hang');
    valueOf(await updateSettings(test, { requestTimeoutSeconds: 1 }));
    const error = errorOf(await copyToken(test, id), 'timeout');
    expect(error.message).toContain('within 1 s');
    expect(copiedTexts(test)).toEqual([]);
  });
});
