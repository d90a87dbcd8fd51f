// The built main bundle's desktop integration under the Electron stand-in: tray, quick switcher, global shortcut, menu, manners.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUICK_SWITCHER_SHORTCUT } from '../../shared/accelerator';
import { startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, MAIN_BUNDLE, PRELOAD_BUNDLE } from './built-bundles';

const STAND_IN = resolve(import.meta.dirname, 'stand-in');

interface DesktopReport {
  singleInstanceLockRequested: boolean;
  menuRoles: string[];
  trayLabels: string[];
  trayTooltip: string | null;
  trayImage: { scaleFactor: number; width: number; height: number; bytes: number }[] | null;
  notifications: { title: string; body: string; silent: boolean }[];
  clipboardTypes: string[];
  clipboardHoldsIssuedToken: boolean;
  closePrevented: boolean;
  mainWindowVisibleAfterClose: boolean;
  switcher: {
    options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
    loadedUrls: string[];
    visibleAfterShortcut: boolean;
    hideAnswer: unknown;
    visibleAfterHide: boolean;
    listFromSwitcher: boolean;
  };
  shortcut: string[];
  statusAnswer: unknown;
  theme: Record<'atStart' | 'dark' | 'system', { source: string; backgrounds: string[] }>;
}

let butlr: FakeButlrServer;
let dataDir: TempDataDir;
let report: DesktopReport;

beforeAll(async () => {
  assertBuilt(MAIN_BUNDLE, PRELOAD_BUNDLE);
  butlr = await startFakeButlrServer();
  dataDir = await createTempDataDir();
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', join(STAND_IN, 'register.mjs'), join(STAND_IN, 'probe-desktop.mjs'), MAIN_BUNDLE, butlr.url], {
    env: { ...process.env, BUTLR_DATA_DIR: dataDir.path },
  });
  const line = stdout.split('\n').find((text) => text.startsWith('DESKTOP_REPORT '));
  if (!line) throw new Error(`The desktop probe printed no report:\n${stdout}`);
  report = JSON.parse(line.slice('DESKTOP_REPORT '.length)) as DesktopReport;
});

afterAll(async () => {
  await butlr?.close();
  await dataDir?.remove();
});

describe('desktop integration of the built main bundle', () => {
  it('takes the single-instance lock and installs the standard menu roles', () => {
    expect(report.singleInstanceLockRequested).toBe(true);
    expect(report.menuRoles).toEqual(expect.arrayContaining(['editMenu', 'View', 'windowMenu', 'help']));
  });

  it('lists profiles with status and time left in the tray, and copies from there with a quiet notification', () => {
    expect(report.trayLabels[0]).toMatch(/^Tray HQ — valid, \d{2}:\d{2}$/);
    expect(report.trayLabels).toEqual(expect.arrayContaining(['Open Butlr Credentials', 'Quick switcher', 'Quit']));
    expect(report.trayTooltip).toBe('Butlr Credentials — 1 of 1 tokens valid');
    expect(report.notifications.at(-1)).toEqual({ title: '“Tray HQ”: token copied', body: expect.stringMatching(/^Valid for \d{2}:\d{2}\.$/), silent: true });
    expect(report.clipboardHoldsIssuedToken).toBe(true);
    expect(JSON.stringify(report.notifications)).not.toContain('demo-secret');
  });

  it('draws the tray icon at 1x and 2x, so a HiDPI screen does not scale up an 18 px image', () => {
    expect(report.trayImage).toEqual([
      { scaleFactor: 1, width: 18, height: 18, bytes: expect.any(Number) },
      { scaleFactor: 2, width: 36, height: 36, bytes: expect.any(Number) },
    ]);
  });

  it('marks the copied token as a secret for clipboard managers in the same write', () => {
    expect(report.clipboardTypes).toContain('text/plain');
    expect(report.clipboardTypes.length).toBeGreaterThan(1);
  });

  it('hides the window on close instead of quitting, so the tray stays useful', () => {
    expect(report.closePrevented).toBe(true);
    expect(report.mainWindowVisibleAfterClose).toBe(false);
  });

  it('registers the default quick-switcher shortcut, which opens a secure always-on-top palette', () => {
    expect(report.shortcut).toEqual([DEFAULT_QUICK_SWITCHER_SHORTCUT]);
    expect(report.statusAnswer).toEqual({ ok: true, value: { accelerator: DEFAULT_QUICK_SWITCHER_SHORTCUT, registered: true, message: null } });
    expect(report.switcher.loadedUrls).toEqual(['app://butlr/index.html#quick-switcher']);
    expect(report.switcher.options).toMatchObject({ alwaysOnTop: true, frame: false, skipTaskbar: true });
    expect(report.switcher.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: PRELOAD_BUNDLE });
    expect(report.switcher.visibleAfterShortcut).toBe(true);
  });

  it('serves the quick switcher the same contract, and lets it hide itself', () => {
    expect(report.switcher.listFromSwitcher).toBe(true);
    expect(report.switcher.hideAnswer).toEqual({ ok: true, value: { hidden: true } });
    expect(report.switcher.visibleAfterHide).toBe(false);
  });

  it('applies the theme setting to nativeTheme and to both windows’ backgrounds, and gives it back to the OS on System', () => {
    // The stand-in's OS is light.
    expect(report.theme.atStart).toEqual({ source: 'system', backgrounds: ['#f7f7f8', '#f7f7f8'] });
    expect(report.theme.dark).toEqual({ source: 'dark', backgrounds: ['#16181d', '#16181d'] });
    expect(report.theme.system).toEqual({ source: 'system', backgrounds: ['#f7f7f8', '#f7f7f8'] });
  });
});
