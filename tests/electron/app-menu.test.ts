// The application menu of the built main bundle under the Electron stand-in, as each platform shows it: File › New profile,
// Import…, Export…, Settings… where that platform's people look, with Cmd or Ctrl; choosing one shows the main window and
// sends it the command (the contract's menuCommand event), never to the quick switcher.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcEventChannels } from '../../shared/ipc/channels';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, MAIN_BUNDLE, PRELOAD_BUNDLE } from './built-bundles';

const STAND_IN = resolve(import.meta.dirname, 'stand-in');
const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
type Platform = (typeof PLATFORMS)[number];

interface MenuItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  submenu?: MenuItem[];
}

interface MenuReport {
  platform: string;
  menu: MenuItem[];
  chosen: { label: string; sentToMain: { channel: string; payload: unknown }[]; sentToSwitcher: unknown[]; mainVisible: boolean }[];
}

const reports = new Map<Platform, MenuReport>();
const dataDirs: TempDataDir[] = [];

beforeAll(async () => {
  assertBuilt(MAIN_BUNDLE, PRELOAD_BUNDLE);
  await Promise.all(
    PLATFORMS.map(async (platform) => {
      const dataDir = await createTempDataDir();
      dataDirs.push(dataDir);
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', join(STAND_IN, 'register.mjs'), join(STAND_IN, 'probe-menu.mjs'), platform, MAIN_BUNDLE], {
        env: { ...process.env, BUTLR_DATA_DIR: dataDir.path },
        // Played as win32 on a Unix Node, main's named pipe and Windows-style key path are relative names: keep them in the temp folder.
        cwd: dataDir.path,
      });
      const line = stdout.split('\n').find((text) => text.startsWith('MENU_REPORT '));
      if (!line) throw new Error(`The menu probe printed no report on ${platform}:\n${stdout}`);
      reports.set(platform, JSON.parse(line.slice('MENU_REPORT '.length)) as MenuReport);
    }),
  );
}, 60_000);

afterAll(async () => {
  for (const dataDir of dataDirs) await dataDir.remove();
});

const menu = (platform: Platform, role: string): MenuItem[] => reports.get(platform)!.menu.find((item) => item.role === role)?.submenu ?? [];
const labelled = (items: MenuItem[]) => items.filter((item) => item.label !== undefined).map(({ label, accelerator }) => ({ label, accelerator }));

describe('the application menu', () => {
  it('ran the bundle as each platform', () => {
    expect(PLATFORMS.map((platform) => reports.get(platform)?.platform)).toEqual([...PLATFORMS]);
  });

  it('on macOS: File › New profile (Cmd+N), Import…, Export…; Settings… (Cmd+,) and Install command-line tool… in the app menu, after About', () => {
    expect(reports.get('darwin')!.menu.map((item) => item.role ?? item.label)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(labelled(menu('darwin', 'fileMenu'))).toEqual([{ label: 'New profile', accelerator: 'Cmd+N' }, { label: 'Import…' }, { label: 'Export…' }]);
    expect(menu('darwin', 'fileMenu').at(-1)).toEqual({ role: 'close' });
    const appMenu = menu('darwin', 'appMenu');
    expect(appMenu.slice(0, 4)).toEqual([{ role: 'about' }, { type: 'separator' }, { label: 'Settings…', accelerator: 'Cmd+,' }, { label: 'Install command-line tool…' }]);
    expect(appMenu.at(-1)).toEqual({ role: 'quit' });
    expect(menu('darwin', 'editMenu')).toEqual([]);
  });

  it('on Windows: File › New profile (Ctrl+N), Import…, Export…, Install command-line tool…, Settings… (Ctrl+,), Exit', () => {
    expect(reports.get('win32')!.menu.map((item) => item.role ?? item.label)).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(labelled(menu('win32', 'fileMenu'))).toEqual([
      { label: 'New profile', accelerator: 'Ctrl+N' },
      { label: 'Import…' },
      { label: 'Export…' },
      { label: 'Install command-line tool…' },
      { label: 'Settings…', accelerator: 'Ctrl+,' },
    ]);
    expect(menu('win32', 'fileMenu').at(-1)).toEqual({ role: 'quit' });
  });

  it('on Linux: File › New profile (Ctrl+N), Import…, Export…, Install command-line tool…, Quit; Settings… (Ctrl+,) at the end of Edit', () => {
    expect(labelled(menu('linux', 'fileMenu'))).toEqual([{ label: 'New profile', accelerator: 'Ctrl+N' }, { label: 'Import…' }, { label: 'Export…' }, { label: 'Install command-line tool…' }]);
    expect(menu('linux', 'fileMenu').at(-1)).toEqual({ role: 'quit' });
    const edit = menu('linux', 'editMenu');
    expect(edit.map((item) => item.role ?? item.type)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'delete', 'separator', 'selectAll', 'separator', undefined]);
    expect(edit.at(-1)).toEqual({ label: 'Settings…', accelerator: 'Ctrl+,' });
  });

  it('keeps Help’s items on every platform', () => {
    for (const platform of PLATFORMS) expect(labelled(menu(platform, 'help')).map((item) => item.label)).toEqual(['Butlr API documentation', 'Butlr web app', 'Open logs folder', 'Copy diagnostics']);
  });

  it.each(PLATFORMS)('on %s, each item shows the hidden main window and sends it its command, and nothing to the quick switcher', (platform) => {
    expect(reports.get(platform)!.chosen).toEqual(
      (
        [
          ['New profile', 'newProfile'],
          ['Import…', 'import'],
          ['Export…', 'export'],
          ['Settings…', 'settings'],
        ] as const
      ).map(([label, command]) => ({ label, sentToMain: [{ channel: ipcEventChannels.menuCommand, payload: { command } }], sentToSwitcher: [], mainVisible: true })),
    );
  });
});
