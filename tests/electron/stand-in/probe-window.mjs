// Loads the built main bundle against the stand-in as if on the platform named first, then plays what the OS does to the
// main window: ready-to-show, a second launch (which shows it), turning launch at login on, and the session ending
// (`session-end` on the window, or powerMonitor's `shutdown` when the second argument says so). Prints what happened.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, powerMonitor, recorded } from './electron.mjs';

const [platform, ending, mainBundle, fakeButlrUrl] = process.argv.slice(2);
Object.defineProperty(process, 'platform', { value: platform });
await import(pathToFileURL(mainBundle).href);

const waitFor = async (check, what) => {
  for (let i = 0; i < 400 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
};
await waitFor(() => recorded.windows[0]?.loadedUrls.length > 0, 'the main window to load');
const window = recorded.windows[0];
const trusted = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
const invoke = (channel, payload) => recorded.ipcHandlers.get(channel)(trusted, payload);
const state = () => ({ visible: window.isVisible(), maximized: window.isMaximized(), minimized: window.isMinimized(), calls: window.shownCalls.map(({ call }) => call) });

const beforeReady = state();
window.emit('ready-to-show');
const afterReady = state();
app.emit('second-instance');
const afterSecondLaunch = state();

// The quick switcher's shortcut: its status as Settings shows it, and where the switcher opens.
const shortcutStatus = await invoke('app:shortcut-status');
const switcherWindow = recorded.windows[1];
[...recorded.shortcuts.values()][0]?.();
const switcher = { visible: switcherWindow.isVisible(), bounds: switcherWindow.getBounds() };

const settingsAnswer = await invoke('settings:update', { launchAtLogin: true });
const autostartFile = join(process.env.XDG_CONFIG_HOME ?? '/nonexistent', 'autostart', 'butlr-credentials.desktop');
await waitFor(() => recorded.loginItemSettings.length > 0 || existsSync(autostartFile), 'the login item');

// Import twice: the second dialog starts in the folder the first file was chosen in.
recorded.fileDialogAnswers.push(join(process.env.BUTLR_DATA_DIR, 'elsewhere', '.env'), null);
await invoke('transfer:start-import');
await invoke('transfer:start-import');
const importDialogs = recorded.fileDialogs.map(({ kind, title, defaultPath, properties, filters }) => ({ kind, title, defaultPath: defaultPath ?? null, properties, filters }));

// A token on the clipboard and its write still pending, then the session ends: what is done must be done at once.
const created = await invoke('profiles:create', {
  kind: 'client_credentials',
  name: 'Session HQ',
  baseUrl: fakeButlrUrl,
  clientId: 'demo-client',
  clientSecret: 'demo-secret',
  audience: 'https://butlrauth/',
});
// A copy from the tray says so with a notification, or in the window where the OS refuses one.
const labels = () => (recorded.trays[0]?.menu?.template ?? []).map((item) => item.label ?? '');
await waitFor(() => labels().some((label) => label.startsWith('Session HQ')), 'the tray to list the profile');
recorded.trays[0].menu.template.find((item) => item.label?.startsWith('Session HQ')).click();
const noticesInWindow = () => window.webContents.sent.filter(({ channel }) => channel === 'app:desktop-notice');
await waitFor(() => recorded.notifications.length > 0 || noticesInWindow().length > 0, 'the copy to be told');
const copyTold = { notifications: recorded.notifications.map(({ title }) => title), inWindow: noticesInWindow().map(({ payload }) => payload.title) };

const copied = await invoke('tokens:copy', { id: created.value.id });
// The copy's history entry is written just after its answer (deferred-write.ts): still pending here.
const activityFile = () => readFileSync(join(process.env.BUTLR_DATA_DIR, 'activity.json'), 'utf8');
const activityBeforeEnd = activityFile();
const clipboardBeforeEnd = recorded.clipboard.at(-1)?.text ?? '';
const quitCallsBeforeEnd = recorded.quitCalls;
if (ending === 'shutdown') powerMonitor.emit('shutdown');
else window.emit('session-end', { reasons: ['logoff'] });
// Nothing awaited since: only what ran synchronously in the handler counts, as on Windows.
const atEnd = {
  clipboardHeldToken: clipboardBeforeEnd.split('.').length === 3,
  clipboardCleared: (recorded.clipboard.at(-1)?.text ?? '') === '',
  pendingHistoryWritten: activityFile() !== activityBeforeEnd,
  trayDestroyed: recorded.trays[0]?.destroyed === true,
  quitCalled: recorded.quitCalls > quitCallsBeforeEnd,
};

const report = {
  platform: process.platform,
  beforeReady,
  afterReady,
  afterSecondLaunch,
  settingsOk: settingsAnswer.ok,
  loginItemSettings: recorded.loginItemSettings,
  autostartEntry: existsSync(autostartFile),
  appUserModelIds: recorded.appUserModelIds,
  importDialogs,
  shortcutStatus,
  switcher,
  copyTold,
  copied: copied.ok,
  trayIcon: { template: recorded.trays[0]?.image.isTemplateImage() ?? null, representations: recorded.trays[0]?.image.representations ?? [] },
  atEnd,
};
process.stdout.write(`\nWINDOW_REPORT ${JSON.stringify(report)}\n`);
process.exit(0);
