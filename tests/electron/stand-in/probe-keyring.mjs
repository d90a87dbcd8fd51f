// Loads the built main bundle against the stand-in and plays a keyring that is locked at start, as at a login autostart.
// `seed` saves a profile with the keyring open and quits. `locked` starts with the keyring locked, then plays the OS's
// unlock and wake notices (powerMonitor's `unlock-screen` and `resume`), and finally unlocks it. Prints what happened.
import { pathToFileURL } from 'node:url';
import { app, keyring, powerMonitor, recorded } from './electron.mjs';

const [phase, mainBundle, fakeButlrUrl] = process.argv.slice(2);
await import(pathToFileURL(mainBundle).href);

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const waitFor = async (check, what, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check()) && Date.now() < deadline) await pause(20);
  if (!(await check())) throw new Error(`Timed out waiting for ${what}`);
};
await waitFor(() => recorded.windows[0]?.loadedUrls.length > 0, 'the main window to load');
const window = recorded.windows[0];
const trusted = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
const invoke = (channel, payload) => recorded.ipcHandlers.get(channel)(trusted, payload);
const secretState = async () => (await invoke('profiles:list')).value?.[0]?.secret ?? null;
const report = { phase };

if (phase === 'seed') {
  const created = await invoke('profiles:create', {
    kind: 'client_credentials',
    name: 'Locked HQ',
    baseUrl: fakeButlrUrl,
    clientId: 'demo-client',
    clientSecret: 'demo-secret',
    audience: 'https://butlrauth/',
  });
  report.created = created.ok;
  report.secret = await secretState();
} else {
  await waitFor(async () => (await secretState()) === 'waiting', 'the profile to read as waiting for the keyring');
  report.secretWhileLocked = await secretState();

  // Each notice must read the secrets again at once. The backoff alone would take at least 1.6 + 3.2 + 6.4 s for three
  // tries (2 s, 4 s, 8 s, less 20%), and timers never fire early, so three tries inside NOTICES_WITHIN_MS can only
  // have come from the notices.
  const NOTICES_WITHIN_MS = 6_000;
  const started = Date.now();
  report.triesAfterNotices = [];
  for (const notice of ['unlock-screen', 'resume', 'unlock-screen']) {
    const before = keyring.decryptAttempts;
    powerMonitor.emit(notice);
    await waitFor(() => keyring.decryptAttempts > before, `a try after ${notice}`, NOTICES_WITHIN_MS);
    // Let the try finish (its failure plans the next one) before the next notice, which would otherwise only plan.
    await pause(150);
    report.triesAfterNotices.push({ notice, tried: keyring.decryptAttempts > before });
  }
  report.noticesAnsweredBeforeAnyBackoff = Date.now() - started < NOTICES_WITHIN_MS;
  report.secretStillLocked = await secretState();

  const changesBefore = window.webContents.sent.filter(({ channel }) => channel === 'profiles:changed').length;
  keyring.locked = false;
  powerMonitor.emit('unlock-screen');
  await waitFor(async () => (await secretState()) === 'set', 'the secret to open after the unlock', NOTICES_WITHIN_MS);
  report.secretAfterUnlock = await secretState();
  report.windowToldOfChange = window.webContents.sent.filter(({ channel }) => channel === 'profiles:changed').length > changesBefore;
}

app.emit('before-quit');
app.emit('will-quit', { preventDefault: () => {} });
process.stdout.write(`\nKEYRING_REPORT ${JSON.stringify(report)}\n`);
process.exit(0);
