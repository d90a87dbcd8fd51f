// The built main bundle under the Electron stand-in, with a system keyring locked at start (as at a login autostart):
// the saved secret reads as waiting, not lost, and the shell's unlock and wake notices make the core read it again at once.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, MAIN_BUNDLE, PRELOAD_BUNDLE } from './built-bundles';

const STAND_IN = resolve(import.meta.dirname, 'stand-in');

interface KeyringReport {
  phase: 'seed' | 'locked';
  created?: boolean;
  secret?: string;
  secretWhileLocked?: string;
  triesAfterNotices?: { notice: string; tried: boolean }[];
  noticesAnsweredBeforeAnyBackoff?: boolean;
  secretStillLocked?: string;
  secretAfterUnlock?: string;
  windowToldOfChange?: boolean;
}

let butlr: FakeButlrServer;
let dataDir: TempDataDir;
let configHome: TempDataDir;
let seeded: KeyringReport;
let locked: KeyringReport;

async function run(phase: 'seed' | 'locked'): Promise<KeyringReport> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', join(STAND_IN, 'register.mjs'), join(STAND_IN, 'probe-keyring.mjs'), phase, MAIN_BUNDLE, butlr.url],
    {
      env: {
        ...process.env,
        XDG_CURRENT_DESKTOP: 'KDE',
        BUTLR_DATA_DIR: dataDir.path,
        XDG_CONFIG_HOME: configHome.path,
        STAND_IN_KEYRING: phase === 'locked' ? 'locked' : 'open',
      },
    },
  );
  const line = stdout.split('\n').find((text) => text.startsWith('KEYRING_REPORT '));
  if (!line) throw new Error(`The keyring probe printed no report:\n${stdout}`);
  return JSON.parse(line.slice('KEYRING_REPORT '.length)) as KeyringReport;
}

beforeAll(async () => {
  assertBuilt(MAIN_BUNDLE, PRELOAD_BUNDLE);
  butlr = await startFakeButlrServer();
  dataDir = await createTempDataDir();
  configHome = await createTempDataDir();
  seeded = await run('seed');
  locked = await run('locked');
}, 60_000);

afterAll(async () => {
  await butlr?.close();
  await dataDir?.remove();
  await configHome?.remove();
});

describe('a keyring locked at start', () => {
  it('is set up by saving a profile while the keyring is open', () => {
    expect(seeded).toMatchObject({ created: true, secret: 'set' });
  });

  it('reads as waiting for the keyring, not as a lost secret', () => {
    expect(locked.secretWhileLocked).toBe('waiting');
  });

  it('is asked again at once on each unlock and wake notice, well before the backoff’s own tries', () => {
    expect(locked.triesAfterNotices).toEqual([
      { notice: 'unlock-screen', tried: true },
      { notice: 'resume', tried: true },
      { notice: 'unlock-screen', tried: true },
    ]);
    expect(locked.noticesAnsweredBeforeAnyBackoff).toBe(true);
    expect(locked.secretStillLocked).toBe('waiting');
  });

  it('once unlocked, opens the saved secret on the unlock notice and tells the window', () => {
    expect(locked.secretAfterUnlock).toBe('set');
    expect(locked.windowToldOfChange).toBe(true);
  });
});
