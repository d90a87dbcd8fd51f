// The standard application menu: Edit, View, Window and Help by their roles, plus Help links to Butlr's docs and the diagnostics.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { DiagnosticsActions } from './diagnostics-actions';
import { isAllowedExternalUrl } from './external-links';

const openDocs = (url: string) => () => {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- only allow-listed Butlr https URLs reach this call
};

export function installAppMenu(platform: NodeJS.Platform, isDevelopment: boolean, diagnostics: DiagnosticsActions): void {
  const template: MenuItemConstructorOptions[] = [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : [{ role: 'fileMenu' as const }]),
    { role: 'editMenu' },
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
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
