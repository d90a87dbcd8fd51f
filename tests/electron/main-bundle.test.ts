// The built main bundle, loaded with a stand-in for `electron`: secure window, every guard installed, every channel served.
import { execFile } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
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

/** What the stand-in's app.exit() prints just before it ends the process. */
interface StandInExit {
  code: number;
  errorBoxes: { title: string; content: string }[];
  windows: number;
  ipcChannels: string[];
  privilegedSchemes: number;
  singleInstanceLockRequested: boolean;
  userDataPaths: string[];
}

interface Launch {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Launches the built main bundle under the stand-in, with these environment variables and command-line arguments. */
async function launchMainBundle(env: Record<string, string>, args: readonly string[] = []): Promise<Launch> {
  const command = ['--import', join(STAND_IN, 'register.mjs'), join(STAND_IN, 'probe-main.mjs'), MAIN_BUNDLE, ...args];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, command, { env: { ...process.env, ...env } });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof code !== 'number') throw error;
    return { exitCode: code, stdout: stdout ?? '', stderr: stderr ?? '' };
  }
}

function markedLine<T>(launch: Launch, marker: string): T {
  const line = launch.stdout.split('\n').find((text) => text.startsWith(`${marker} `));
  if (!line) throw new Error(`No ${marker} line (exit code ${launch.exitCode}):\n${launch.stdout}\n${launch.stderr}`);
  return JSON.parse(line.slice(marker.length + 1)) as T;
}

/** Runs the built main bundle under the stand-in with these extra environment variables and returns what it saw. */
async function probeMainBundle(env: Record<string, string>, args: readonly string[] = []): Promise<ProbeReport> {
  return markedLine<ProbeReport>(await launchMainBundle(env, args), 'PROBE_REPORT');
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

  it('answers our window, refuses a foreign sender, a foreign frame or a sub-frame, and types an invalid payload as an error', () => {
    expect(report.ipc.trustedList).toEqual({ ok: true, value: [] });
    expect(report.ipc.foreignSender!.error?.code).toBe('unknown_sender');
    expect(report.ipc.foreignFrame!.error?.code).toBe('unknown_sender');
    expect(report.ipc.subFrame!.error?.code).toBe('unknown_sender');
    expect(report.ipc.invalidPayload!.error?.code).toBe('invalid_request');
    expect(report.exitCode).toBeNull();
  });

  it('keeps its store files and its log in the data folder it was given, readable by the user only', async () => {
    expect(report.userDataPaths).toEqual([dataDir.path]);
    const files = (await readdir(dataDir.path)).sort();
    expect(files).toEqual(['activity.json', 'cli', 'logs', 'profiles.json', 'settings.json', 'tokens', 'window-state.json']);
    for (const file of files.filter((name) => name.endsWith('.json'))) expect((await stat(join(dataDir.path, file))).mode & 0o777).toBe(0o600);
    // One file per profile's token, none yet: the folder is made at start, for the user only.
    expect((await stat(join(dataDir.path, 'tokens'))).mode & 0o777).toBe(0o700);
    expect(await readdir(join(dataDir.path, 'tokens'))).toEqual([]);
    const logsDir = join(dataDir.path, 'logs');
    expect((await stat(logsDir)).mode & 0o777).toBe(0o700);
    expect(await readdir(logsDir)).toEqual(['main.log']);
    expect((await stat(join(logsDir, 'main.log'))).mode & 0o777).toBe(0o600);
    // butlr-cred's channel moves with the data folder: its folder is for the user only too.
    expect((await stat(join(dataDir.path, 'cli'))).mode & 0o777).toBe(0o700);
  });

  it('writes its log through the Node entry of electron-log, which opens no IPC channel of its own (electron-log/main would)', async () => {
    const bundle = await readFile(MAIN_BUNDLE, 'utf8');
    const electronLogImports = [...bundle.matchAll(/from\s*["'](electron-log[^"']*)["']|require\(["'](electron-log[^"']*)["']\)/g)].map((match) => match[1] ?? match[2]);
    expect(electronLogImports).toEqual(['electron-log/node']);
  });
});

describe('the built main bundle launched with a debugging or proxy switch', () => {
  let launchDir: TempDataDir;
  beforeAll(async () => {
    launchDir = await createTempDataDir();
  });
  afterAll(() => launchDir?.remove());

  it('refuses to start when packaged: says why on stderr and in an error box, exits non-zero, opens nothing', async () => {
    const launch = await launchMainBundle({ BUTLR_DATA_DIR: launchDir.path, STAND_IN_IS_PACKAGED: '1' }, ['--remote-debugging-port=9222']);
    expect(launch.exitCode).not.toBe(0);
    const exit = markedLine<StandInExit>(launch, 'STAND_IN_EXIT');
    expect(exit).toEqual({
      code: launch.exitCode,
      errorBoxes: [{ title: expect.any(String), content: expect.stringContaining('--remote-debugging-port') }],
      windows: 0,
      ipcChannels: [],
      privilegedSchemes: 0,
      singleInstanceLockRequested: false,
      userDataPaths: [],
    });
    expect(launch.stderr).toContain(exit.errorBoxes[0]!.content);
    expect(launch.stderr).not.toContain('9222');
    expect(await readdir(launchDir.path)).toEqual([]);
  });

  it('refuses a proxy switch in any spelling, and a data folder other than its own, when packaged', async () => {
    const elsewhere = join(launchDir.path, '..', 'somewhere-else');
    const launch = await launchMainBundle({ BUTLR_DATA_DIR: launchDir.path, STAND_IN_IS_PACKAGED: '1' }, ['-Proxy-Server=http://127.0.0.1:8080', `--user-data-dir=${elsewhere}`]);
    const exit = markedLine<StandInExit>(launch, 'STAND_IN_EXIT');
    expect(launch.exitCode).toBe(exit.code);
    expect(exit.errorBoxes[0]!.content).toContain('--proxy-server, --user-data-dir');
    expect(exit.windows).toBe(0);
  });

  it('starts when packaged with no such switch, or told to use its own data folder', async () => {
    const run = await probeMainBundle({ BUTLR_DATA_DIR: launchDir.path, STAND_IN_IS_PACKAGED: '1' }, ['--hidden', `--user-data-dir=${launchDir.path}`]);
    expect(run.loadedUrls).toEqual(['app://butlr/index.html']);
    expect(run.exitCode).toBeNull();
  });

  it('keeps the switch and starts when unpackaged (npm start, the tests)', async () => {
    const run = await probeMainBundle({ BUTLR_DATA_DIR: launchDir.path }, ['--remote-debugging-port=9222']);
    expect(run.loadedUrls).toEqual(['app://butlr/index.html']);
    expect(run.ipc.trustedList).toEqual({ ok: true, value: [] });
    expect(run.exitCode).toBeNull();
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
