// Loads the built main bundle against the stand-in, then runs the built butlr-cred as a child process against it: the
// script with node, or the standalone executable `npm run package` builds (dist-cli/butlr-cred) on its own.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, recorded } from './electron.mjs';

const [mainBundle, fakeButlrUrl, cliBundle, dataDir] = process.argv.slice(2);
await import(pathToFileURL(mainBundle).href);

const waitFor = async (check, what) => {
  for (let i = 0; i < 400 && !(await check()); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!(await check())) throw new Error(`Timed out waiting for ${what}`);
};
await waitFor(() => recorded.windows[0]?.loadedUrls.length > 0, 'the main window to load');
const [mainWindow] = recorded.windows;
const trusted = { sender: mainWindow.webContents, senderFrame: mainWindow.webContents.mainFrame };
const invoke = (channel, payload) => recorded.ipcHandlers.get(channel)(trusted, payload);

await waitFor(async () => (await invoke('scripts:access')).value?.channel.state !== 'off', 'the channel to start');
const channelAtStart = (await invoke('scripts:access')).value.channel;
await invoke('profiles:create', {
  kind: 'client_credentials',
  name: 'Prod EU',
  baseUrl: fakeButlrUrl,
  clientId: 'demo-client',
  clientSecret: 'demo-secret',
  audience: 'https://butlrauth/',
});

/** butlr-cred as a person's shell runs it: its own process, this data folder, a session of its own. */
function runCli(args, session) {
  const started = performance.now();
  return new Promise((resolve) => {
    const [command, commandArgs] = cliBundle.endsWith('.mjs') ? [process.execPath, [cliBundle, ...args]] : [cliBundle, args];
    const child = spawn(command, commandArgs, { env: { PATH: process.env.PATH, BUTLR_DATA_DIR: dataDir, BUTLR_CRED_SESSION: session } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) }));
  });
}

const boxesBefore = recorded.messageBoxes.length;
recorded.messageBoxAnswers.push(0);
const allowed = await runCli(['token', 'prod'], 'a'.repeat(32));
const again = await runCli(['token', 'prod', '--format', 'bearer'], 'a'.repeat(32));
recorded.messageBoxAnswers.push(2);
const denied = await runCli(['token', 'prod'], 'b'.repeat(32));
// Escape: Electron answers with the box's cancelId.
recorded.messageBoxAnswers.push((options) => options.cancelId);
const escaped = await runCli(['token', 'prod'], 'c'.repeat(32));
const listed = await runCli(['list'], 'd'.repeat(32));
const consentBoxes = recorded.messageBoxes.slice(boxesBefore);
const access = (await invoke('scripts:access')).value;
const activity = (await invoke('activity:list', { id: access.grants[0]?.profileId })).value;

app.emit('before-quit');
app.emit('will-quit', { preventDefault: () => {} });
await waitFor(async () => (await readdir(join(dataDir, 'cli'))).length === 0, 'the channel to close');
const afterQuit = await runCli(['token', 'prod'], 'a'.repeat(32));
const logText = await readFile(join(dataDir, 'logs', 'main.log'), 'utf8').catch(() => '');

const report = {
  channelAtStart,
  allowed,
  again,
  denied,
  escaped,
  listed,
  consentBoxes,
  grants: access.grants,
  activity,
  afterQuit,
  socketFolderAfterQuit: await readdir(join(dataDir, 'cli')),
  logText,
};
process.stdout.write(`\nCLI_REPORT ${JSON.stringify(report)}\n`);
process.exit(0);
