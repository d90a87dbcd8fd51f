// The built main bundle, loaded with a stand-in for `electron`: secure window, every guard installed, every channel served.
import { execFile } from 'node:child_process';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../shared/ipc/channels';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, MAIN_BUNDLE, PRELOAD_BUNDLE, RENDERER_DIR } from './built-bundles';

const STAND_IN = resolve(import.meta.dirname, 'stand-in');

interface ProbeReport {
  windowOptions: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
  loadedUrls: string[];
  userDataPaths: string[];
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolSchemes: string[];
  ipcChannels: string[];
  leftoverIpcListeners: string[];
  guards: Record<string, unknown>;
  ipc: Record<string, { ok: boolean; error?: { code: string }; value?: unknown }>;
  protocol: Record<string, { status: number; csp: string | null }>;
  exitCode: number | null;
}

/** Runs the built main bundle under the stand-in with these extra environment variables and returns what it saw. */
async function probeMainBundle(env: Record<string, string>): Promise<ProbeReport> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', join(STAND_IN, 'register.mjs'), join(STAND_IN, 'probe-main.mjs'), MAIN_BUNDLE], {
    env: { ...process.env, ...env },
  });
  const reportLine = stdout.split('\n').find((line) => line.startsWith('PROBE_REPORT '));
  if (!reportLine) throw new Error(`The probe printed no report:\n${stdout}`);
  return JSON.parse(reportLine.slice('PROBE_REPORT '.length)) as ProbeReport;
}

let dataDir: TempDataDir;
let report: ProbeReport;

beforeAll(async () => {
  assertBuilt(MAIN_BUNDLE, PRELOAD_BUNDLE, join(RENDERER_DIR, 'index.html'));
  dataDir = await createTempDataDir();
  report = await probeMainBundle({ BUTLR_DATA_DIR: dataDir.path });
});

afterAll(() => dataDir?.remove());

describe('the built main bundle under an Electron stand-in', () => {
  it('creates the window with the secure web preferences and our preload', () => {
    expect(report.windowOptions.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: PRELOAD_BUNDLE,
    });
  });

  it('loads the renderer from the app:// protocol, never file://', () => {
    expect(report.loadedUrls).toEqual(['app://butlr/index.html']);
    expect(report.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(report.protocolSchemes).toEqual(['app']);
  });

  it('serves the renderer with the CSP header and refuses paths outside it and other hosts', () => {
    expect(report.protocol.index).toEqual({ status: 200, csp: expect.stringContaining("connect-src 'none'") });
    expect(report.protocol.index!.csp).toContain("script-src 'self'");
    expect(report.protocol.traversal!.status).toBe(404);
    expect(report.protocol.otherHost!.status).toBe(404);
  });

  it('denies navigation, redirects, webview attachment, new windows and every permission', () => {
    expect(report.guards).toEqual({
      willNavigatePrevented: true,
      willRedirectPrevented: true,
      willAttachWebviewPrevented: true,
      windowOpen: { action: 'deny' },
      permissionGranted: { notifications: false, media: false, 'clipboard-read': false },
      permissionCheck: false,
      devicePermission: false,
    });
  });

  it('registers a handler for exactly the contract channels and leaves no other IPC listener open', () => {
    expect([...report.ipcChannels].sort()).toEqual(Object.values(ipcChannels).sort());
    expect(report.leftoverIpcListeners).toEqual([]);
  });

  it('answers our window, refuses a foreign sender or frame, and types an invalid payload as an error', () => {
    expect(report.ipc.trustedList).toEqual({ ok: true, value: [] });
    expect(report.ipc.foreignSender!.error?.code).toBe('unknown_sender');
    expect(report.ipc.foreignFrame!.error?.code).toBe('unknown_sender');
    expect(report.ipc.invalidPayload!.error?.code).toBe('invalid_request');
    expect(report.exitCode).toBeNull();
  });

  it('keeps its store files in the data folder it was given, readable by the user only', async () => {
    expect(report.userDataPaths).toEqual([dataDir.path]);
    const files = (await readdir(dataDir.path)).sort();
    expect(files).toEqual(['activity.json', 'profiles.json', 'settings.json', 'tokens.json', 'window-state.json']);
    for (const file of files) expect((await stat(join(dataDir.path, file))).mode & 0o777).toBe(0o600);
  });
});

describe('the built main bundle in demo mode', () => {
  it('seeds an empty data folder from BUTLR_DEMO_SEED, once, keeping the secret out of the answer', async () => {
    const demoDir = await createTempDataDir();
    try {
      const seedFile = join(demoDir.path, 'seed.json');
      const seed = [{ kind: 'client_credentials', name: 'Demo HQ', baseUrl: 'http://127.0.0.1:9', clientId: 'demo-client', clientSecret: 'seed-secret', audience: 'https://butlrauth/' }];
      await writeFile(seedFile, JSON.stringify(seed));
      const env = { BUTLR_DATA_DIR: demoDir.path, BUTLR_DEMO_SEED: seedFile };
      for (const run of [await probeMainBundle(env), await probeMainBundle(env)]) {
        const profiles = run.ipc.trustedList!.value as { name: string; secret: string }[];
        expect(profiles.map((profile) => [profile.name, profile.secret])).toEqual([['Demo HQ', 'set']]);
        expect(JSON.stringify(run.ipc.trustedList)).not.toContain('seed-secret');
      }
    } finally {
      await demoDir.remove();
    }
  });
});
