// The built main bundle under the Electron stand-in, whose windows behave as Electron 45's do (maximize() and minimize()
// show a hidden window): how the main window appears at start on each platform, launch at login, and the session ending
// (Windows' session-end, where before-quit and will-quit never come; powerMonitor's shutdown elsewhere).
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID } from '../../electron/core/desktop/app-identity';
import { startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, MAIN_BUNDLE, PRELOAD_BUNDLE } from './built-bundles';

const STAND_IN = resolve(import.meta.dirname, 'stand-in');

interface WindowState {
  visible: boolean;
  maximized: boolean;
  minimized: boolean;
  calls: string[];
}

interface WindowReport {
  platform: string;
  beforeReady: WindowState;
  afterReady: WindowState;
  afterSecondLaunch: WindowState;
  settingsOk: boolean;
  loginItemSettings: Record<string, unknown>[];
  autostartEntry: boolean;
  appUserModelIds: string[];
  importDialogs: { kind: string; title: string; defaultPath: string | null; properties: string[]; filters: { name: string; extensions: string[] }[] }[];
  copyTold: { notifications: string[]; inWindow: string[] };
  shortcutStatus: { ok: boolean; value: { accelerator: string; registered: boolean; message: string | null } };
  switcher: { visible: boolean; bounds: { x: number; y: number } };
  copied: boolean;
  trayIcon: { template: boolean | null; representations: { scaleFactor: number; width: number; height: number; bytes: number; png?: { width: number; height: number } }[] };
  atEnd: { clipboardHeldToken: boolean; clipboardCleared: boolean; pendingHistoryWritten: boolean; trayDestroyed: boolean; quitCalled: boolean };
}

interface Launch {
  readonly platform: 'linux' | 'darwin' | 'win32';
  readonly args?: string[];
  readonly env?: Record<string, string>;
  readonly ending?: 'session-end' | 'shutdown';
}

let butlr: FakeButlrServer;
const folders: TempDataDir[] = [];

/** Runs the probe with a saved window state of "maximised", as a person who closed the window maximised left it. */
async function launch({ platform, args = [], env = {}, ending = 'session-end' }: Launch): Promise<WindowReport> {
  const dataDir = await createTempDataDir();
  const configHome = await createTempDataDir();
  folders.push(dataDir, configHome);
  await writeFile(join(dataDir.path, 'window-state.json'), JSON.stringify({ bounds: null, maximized: true }), { mode: 0o600 });
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', join(STAND_IN, 'register.mjs'), join(STAND_IN, 'probe-window.mjs'), platform, ending, MAIN_BUNDLE, butlr.url, ...args],
    { env: { ...process.env, XDG_CURRENT_DESKTOP: 'KDE', ...env, BUTLR_DATA_DIR: dataDir.path, XDG_CONFIG_HOME: configHome.path } },
  );
  const line = stdout.split('\n').find((text) => text.startsWith('WINDOW_REPORT '));
  if (!line) throw new Error(`The window probe printed no report:\n${stdout}`);
  return JSON.parse(line.slice('WINDOW_REPORT '.length)) as WindowReport;
}

const reports: Record<'linux' | 'linuxHidden' | 'gnomeHidden' | 'macAtLogin' | 'windows' | 'linuxShutdown' | 'wayland', WindowReport> = {} as never;

beforeAll(async () => {
  assertBuilt(MAIN_BUNDLE, PRELOAD_BUNDLE);
  butlr = await startFakeButlrServer();
  const [linux, linuxHidden, gnomeHidden, macAtLogin, windows, linuxShutdown, wayland] = await Promise.all([
    launch({ platform: 'linux' }),
    launch({ platform: 'linux', args: ['--hidden'] }),
    launch({ platform: 'linux', args: ['--hidden'], env: { XDG_CURRENT_DESKTOP: 'GNOME' } }),
    launch({ platform: 'darwin', env: { STAND_IN_OPENED_AT_LOGIN: '1', STAND_IN_NOTIFICATIONS: 'fail' } }),
    launch({ platform: 'win32' }),
    launch({ platform: 'linux', ending: 'shutdown' }),
    launch({ platform: 'linux', env: { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' } }),
  ]);
  Object.assign(reports, { linux, linuxHidden, gnomeHidden, macAtLogin, windows, linuxShutdown, wayland });
}, 60_000);

afterAll(async () => {
  await butlr?.close();
  for (const folder of folders) await folder.remove();
});

describe('the main window at start', () => {
  it('stays hidden until ready-to-show, then appears maximised as it was left', () => {
    expect(reports.linux.beforeReady).toEqual({ visible: false, maximized: false, minimized: false, calls: [] });
    expect(reports.linux.afterReady).toMatchObject({ visible: true, maximized: true, calls: ['maximize', 'show'] });
  });

  it('started with --hidden, is neither shown nor maximised until asked for, and then maximised as it was left', () => {
    expect(reports.linuxHidden.afterReady).toEqual({ visible: false, maximized: false, minimized: false, calls: [] });
    expect(reports.linuxHidden.afterSecondLaunch).toMatchObject({ visible: true, maximized: true });
  });

  it('on a stock GNOME (no tray icon to come back from), starts at login minimised on the taskbar instead of nowhere', () => {
    expect(reports.gnomeHidden.afterReady).toEqual({ visible: true, maximized: false, minimized: true, calls: ['showInactive', 'minimize'] });
  });

  it('on macOS, stays in the menu bar when the login item started it, with no --hidden (login items take no arguments there)', () => {
    expect(reports.macAtLogin.afterReady).toMatchObject({ visible: false, calls: [] });
  });
});

describe('launch at login', () => {
  it('passes --hidden only where Electron delivers it (Windows), and writes the XDG autostart entry on Linux', () => {
    // Applied at start (off), then turned on.
    expect(reports.windows.loginItemSettings).toEqual([
      { openAtLogin: false, args: ['--hidden'] },
      { openAtLogin: true, args: ['--hidden'] },
    ]);
    expect(reports.macAtLogin.loginItemSettings).toEqual([{ openAtLogin: false }, { openAtLogin: true }]);
    expect(reports.linux.loginItemSettings).toEqual([]);
    expect(reports.linux.autostartEntry).toBe(true);
  });
});

describe('notifications', () => {
  it('on Windows, sets the AppUserModelID to the installer’s appId first (and only on Windows, where Electron has the call)', () => {
    expect(reports.windows.appUserModelIds).toEqual([APP_ID]);
    expect(reports.linux.appUserModelIds).toEqual([]);
  });

  it('tells a copy from the tray with a desktop notification where the OS shows one', () => {
    expect(reports.linux.copyTold).toEqual({ notifications: ['“Session HQ”: token copied'], inWindow: [] });
  });

  it('where the OS refuses it (failed, as for an unsigned macOS app), says it in the main window instead', () => {
    expect(reports.macAtLogin.copyTold).toEqual({ notifications: [], inWindow: ['“Session HQ”: token copied'] });
  });
});

describe('the tray icon', () => {
  it('on macOS, is a template image (black and alpha, drawn in the menu bar’s colour) from the two PNGs drawn for 18 and 36 px', () => {
    expect(reports.macAtLogin.trayIcon).toEqual({
      template: true,
      representations: [
        { scaleFactor: 1, width: 18, height: 18, bytes: expect.any(Number), png: { width: 18, height: 18 } },
        { scaleFactor: 2, width: 36, height: 36, bytes: expect.any(Number), png: { width: 36, height: 36 } },
      ],
    });
    // Real files reached through the built bundle's asset paths: a wrong path gives Electron an empty image.
    for (const { bytes } of reports.macAtLogin.trayIcon.representations) expect(bytes).toBeGreaterThan(100);
  });

  it('elsewhere, is the coloured app icon at 1x and 2x, and no template (Windows and Linux trays would show it black)', () => {
    for (const report of [reports.linux, reports.windows]) {
      expect(report.trayIcon.template).toBe(false);
      expect(report.trayIcon.representations.map(({ scaleFactor, width }) => [scaleFactor, width])).toEqual([
        [1, 18],
        [2, 36],
      ]);
    }
  });
});

describe('the import dialog', () => {
  it('names .env files and how to show hidden ones (the Linux portal ignores showHiddenFiles), and reopens in the last folder', () => {
    const [first, second] = reports.linux.importDialogs;
    expect(first).toMatchObject({ kind: 'open', title: 'Import an export (.json) or a .env file — Ctrl+H shows hidden files such as .env', defaultPath: null });
    expect(first?.properties).toEqual(['openFile', 'showHiddenFiles']);
    expect(first?.filters.flatMap((filter) => filter.extensions)).toEqual(['json', 'env', '*']);
    expect(second?.defaultPath).toMatch(/[\\/]elsewhere$/);
  });

  it('says Cmd+Shift+. on macOS, and nothing of hidden files on Windows, which hides no .env', () => {
    expect(reports.macAtLogin.importDialogs[0]?.title).toBe('Import an export (.json) or a .env file — Cmd+Shift+. shows hidden files such as .env');
    expect(reports.windows.importDialogs[0]?.title).toBe('Import an export (.json) or a .env file');
  });
});

describe('the quick switcher on Wayland', () => {
  it('says in Settings that the app cannot tell whether the desktop bound the shortcut', () => {
    expect(reports.linux.shortcutStatus.value).toMatchObject({ registered: true, message: null });
    expect(reports.wayland.shortcutStatus.value).toMatchObject({ registered: true, message: expect.stringContaining('on Wayland the app cannot tell whether it was bound') });
  });

  it('opens on the primary display, without asking where the pointer is (Wayland does not say)', () => {
    expect(reports.wayland.switcher).toEqual({ visible: true, bounds: expect.objectContaining({ x: Math.round((1920 - 980) / 2), y: 216 }) });
    expect(reports.linux.switcher.visible).toBe(true);
  });
});

describe('the session ending', () => {
  it('on Windows session-end, clears the copied token and writes the pending history at once, without before-quit or will-quit', () => {
    expect(reports.windows.copied).toBe(true);
    expect(reports.windows.atEnd).toEqual({ clipboardHeldToken: true, clipboardCleared: true, pendingHistoryWritten: true, trayDestroyed: true, quitCalled: false });
  });

  it('on a Linux or macOS shutdown notice, does the same, then quits', () => {
    expect(reports.linuxShutdown.atEnd).toEqual({ clipboardHeldToken: true, clipboardCleared: true, pendingHistoryWritten: true, trayDestroyed: true, quitCalled: true });
  });
});
