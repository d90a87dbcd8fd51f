// Loads the built main bundle against the stand-in and exercises the desktop integration: tray, quick switcher, shortcut, menu.
import { pathToFileURL } from 'node:url';
import { app, nativeTheme, recorded } from './electron.mjs';

const [mainBundle, fakeButlrUrl] = process.argv.slice(2);
await import(pathToFileURL(mainBundle).href);

const waitFor = async (check, what) => {
  for (let i = 0; i < 400 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
};
await waitFor(() => recorded.windows[0]?.loadedUrls.length > 0, 'the main window to load');

const [mainWindow, switcherWindow] = recorded.windows;
const trusted = { sender: mainWindow.webContents, senderFrame: mainWindow.webContents.mainFrame };
const fromSwitcher = { sender: switcherWindow.webContents, senderFrame: switcherWindow.webContents.mainFrame };
const invoke = (channel, payload, event = trusted) => recorded.ipcHandlers.get(channel)(event, payload);
const tray = recorded.trays[0];
const labels = () => (tray?.menu?.template ?? []).map((item) => item.label ?? '---');

const created = await invoke('profiles:create', {
  kind: 'client_credentials',
  name: 'Tray HQ',
  baseUrl: fakeButlrUrl,
  clientId: 'demo-client',
  clientSecret: 'demo-secret',
  audience: 'https://butlrauth/',
});
await invoke('tokens:fetch', { id: created.value.id });
await waitFor(() => labels().some((label) => label.startsWith('Tray HQ — valid')), 'the tray to show the fetched token');

// Choosing the profile in the tray copies its token, as the board would, and says so quietly.
const profileItem = tray.menu.template.find((item) => item.label?.startsWith('Tray HQ'));
profileItem.click();
await waitFor(() => recorded.notifications.length > 0, 'the copy notification');

let closePrevented = false;
mainWindow.emit('close', { preventDefault: () => (closePrevented = true) });

const shortcut = [...recorded.shortcuts.keys()];
recorded.shortcuts.get(shortcut[0])?.();
const switcherVisibleAfterShortcut = switcherWindow.isVisible();
const hideAnswer = await invoke('app:hide-quick-switcher', undefined, fromSwitcher);
const statusAnswer = await invoke('app:shortcut-status', undefined, trusted);
const listFromSwitcher = await invoke('profiles:list', undefined, fromSwitcher);

// The theme setting reaches main's nativeTheme and both windows' backgrounds; System gives the choice back to the OS.
const themeAtStart = { source: nativeTheme.themeSource, backgrounds: recorded.windows.map((window) => window.backgroundColor ?? window.options.backgroundColor) };
await invoke('settings:update', { theme: 'dark' });
const themeDark = { source: nativeTheme.themeSource, backgrounds: recorded.windows.map((window) => window.backgroundColor) };
await invoke('settings:update', { theme: 'system' });
const themeSystem = { source: nativeTheme.themeSource, backgrounds: recorded.windows.map((window) => window.backgroundColor) };

const report = {
  singleInstanceLockRequested: recorded.singleInstanceLockRequested,
  menuRoles: recorded.applicationMenu?.template.map((item) => item.role ?? item.label) ?? [],
  trayLabels: labels(),
  trayTooltip: tray?.tooltip ?? null,
  trayImage: tray?.image.representations ?? null,
  notifications: recorded.notifications,
  clipboardTypes: recorded.clipboard.at(-1)?.types ?? [],
  clipboardHoldsIssuedToken: (recorded.clipboard.at(-1)?.text ?? '').split('.').length === 3,
  closePrevented,
  mainWindowVisibleAfterClose: mainWindow.isVisible(),
  switcher: {
    options: switcherWindow.options,
    loadedUrls: switcherWindow.loadedUrls,
    visibleAfterShortcut: switcherVisibleAfterShortcut,
    hideAnswer,
    visibleAfterHide: switcherWindow.isVisible(),
    listFromSwitcher: listFromSwitcher.ok,
  },
  shortcut,
  statusAnswer,
  theme: { atStart: themeAtStart, dark: themeDark, system: themeSystem },
};
process.stdout.write(`\nDESKTOP_REPORT ${JSON.stringify(report)}\n`);
app.emit('before-quit');
app.emit('will-quit', { preventDefault: () => {} });
process.exit(0);
