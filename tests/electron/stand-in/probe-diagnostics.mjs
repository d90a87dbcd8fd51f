// Loads the built main bundle against the stand-in, then: a rejected sign-in, a real one, a handler that throws, a crash, and
// both diagnostics items of the Help menu. Prints what the menu did as JSON; the test reads the log file itself.
import { pathToFileURL } from 'node:url';
import { app, recorded, safeStorage } from './electron.mjs';

const [mainBundle, fakeButlrUrl, profileName, clientSecret] = process.argv.slice(2);
await import(pathToFileURL(mainBundle).href);

const waitFor = async (check, what) => {
  for (let i = 0; i < 400 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
};
await waitFor(() => recorded.windows[0]?.loadedUrls.length > 0, 'the main window to load');

const contents = recorded.windows[0].webContents;
const trusted = { sender: contents, senderFrame: contents.mainFrame };
const invoke = (channel, payload) => recorded.ipcHandlers.get(channel)(trusted, payload);
const profile = (name, clientId, secret) => ({ kind: 'client_credentials', name, baseUrl: fakeButlrUrl, clientId, clientSecret: secret, audience: 'https://butlrauth/' });

// A profile named like a secret, whose secret Butlr refuses: rejected_credentials, with the secret sent on the way.
const rejectedProfile = await invoke('profiles:create', profile(profileName, 'diagnostics-client', clientSecret));
const rejected = await invoke('tokens:fetch', { id: rejectedProfile.value.id });
// One that signs in, so there is an issued token that must not reach the log either.
const workingProfile = await invoke('profiles:create', profile('Working HQ', 'demo-client', 'demo-secret'));
const fetched = await invoke('tokens:fetch', { id: workingProfile.value.id });

// An internal error: the keyring check throws once, so the encryption-status handler throws and the router logs it.
const keyringCheck = safeStorage.isAsyncEncryptionAvailable;
safeStorage.isAsyncEncryptionAvailable = async () => {
  safeStorage.isAsyncEncryptionAvailable = keyringCheck;
  throw new Error('stand-in keyring check exploded');
};
const broken = await invoke('app:encryption-status');

// What Node does just before a crash takes its course; emitted by hand, so this run goes on.
process.emit('uncaughtExceptionMonitor', new TypeError('stand-in crash'), 'uncaughtException');

const help = recorded.applicationMenu?.template.find((item) => item.role === 'help');
const helpItem = (label) => help?.submenu.find((item) => item.label === label);
helpItem('Copy diagnostics')?.click();
await waitFor(() => recorded.messageBoxes.some((box) => box.title === 'Diagnostics copied'), 'the diagnostics confirmation');
helpItem('Open logs folder')?.click();
await waitFor(() => recorded.openedPaths.length > 0, 'the logs folder to be opened');

const report = {
  profileIds: [rejectedProfile.value.id, workingProfile.value.id],
  answers: { rejected: rejected.error?.code ?? 'ok', fetched: fetched.ok, broken: broken.error?.code ?? 'ok' },
  helpLabels: help?.submenu.map((item) => item.label ?? '---') ?? [],
  clipboard: recorded.clipboard.at(-1) ?? null,
  confirmation: recorded.messageBoxes.find((box) => box.title === 'Diagnostics copied'),
  openedPaths: recorded.openedPaths,
  appLogsPaths: recorded.appLogsPaths,
};
process.stdout.write(`\nDIAGNOSTICS_REPORT ${JSON.stringify(report)}\n`);
app.emit('before-quit');
app.emit('will-quit', { preventDefault: () => {} });
process.exit(0);
