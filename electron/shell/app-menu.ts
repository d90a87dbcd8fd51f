// The application menu, where each platform's people look: File › New profile, Import…, Export…, Install command-line
// tool… (in the app menu on macOS); Settings… in the app
// menu on macOS (Cmd+,), in File on Windows and in Edit on Linux (Ctrl+,); Edit, View, Window and Help by their roles,
// with Help's links to Butlr's docs and the diagnostics.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/menu-command';
import type { DiagnosticsActions } from './diagnostics-actions';
import { isAllowedExternalUrl } from './external-links';

const openDocs = (url: string) => () => {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- only allow-listed Butlr https URLs reach this call
};

export interface AppMenuActions {
  readonly diagnostics: DiagnosticsActions;
  /** Shows the main window and asks it to open the dialog its own button opens. */
  readonly command: (command: MenuCommand) => void;
  /** Links butlr-cred onto the PATH and says what it did. */
  readonly installCli: () => void;
}

type Item = MenuItemConstructorOptions;

export function appMenuTemplate(platform: NodeJS.Platform, isDevelopment: boolean, { diagnostics, command, installCli }: AppMenuActions): Item[] {
  const mac = platform === 'darwin';
  // The window also answers these keys itself; a key the page handled never reaches the menu, so nothing runs twice.
  const mod = mac ? 'Cmd' : 'Ctrl';
  const settings: Item = { label: 'Settings…', accelerator: `${mod}+,`, click: () => command('settings') };
  // Where VS Code offers "Install 'code' command in PATH": the app menu on macOS, File elsewhere.
  const installCliItem: Item = { label: 'Install command-line tool…', click: installCli };
  const fileItems: Item[] = [
    { label: 'New profile', accelerator: `${mod}+N`, click: () => command('newProfile') },
    { type: 'separator' },
    { label: 'Import…', click: () => command('import') },
    { label: 'Export…', click: () => command('export') },
    { type: 'separator' },
    ...(mac ? [] : [installCliItem, { type: 'separator' as const }]),
    // Windows keeps an app's options in File (Office, VS Code); macOS and Linux have their own places, below.
    ...(platform === 'win32' ? [settings, { type: 'separator' as const }] : []),
    mac ? { role: 'close' } : { role: 'quit' },
  ];
  const appMenu: Item = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      installCliItem,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  // GNOME and KDE apps keep Preferences (here, Settings) at the end of Edit; Windows and macOS keep Edit as the role makes it.
  const editMenu: Item =
    platform === 'linux'
      ? {
          role: 'editMenu',
          submenu: [
            { role: 'undo' },
            { role: 'redo' },
            { type: 'separator' },
            { role: 'cut' },
            { role: 'copy' },
            { role: 'paste' },
            { role: 'delete' },
            { type: 'separator' },
            { role: 'selectAll' },
            { type: 'separator' },
            settings,
          ],
        }
      : { role: 'editMenu' };
  return [
    ...(mac ? [appMenu] : []),
    { role: 'fileMenu', submenu: fileItems },
    editMenu,
    {
      label: 'View',
      submenu: [
        ...(isDevelopment ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Butlr API documentation', click: openDocs('https://docs.butlr.io/') },
        { label: 'Butlr web app', click: openDocs('https://app.butlr.io/') },
        { type: 'separator' },
        { label: 'Open logs folder', click: () => void diagnostics.openLogsFolder() },
        { label: 'Copy diagnostics', click: () => void diagnostics.copyDiagnostics() },
      ],
    },
  ];
}

export function installAppMenu(platform: NodeJS.Platform, isDevelopment: boolean, actions: AppMenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(platform, isDevelopment, actions)));
}
