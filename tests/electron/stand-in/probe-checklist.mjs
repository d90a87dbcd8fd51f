// Loads the built main bundle against the stand-in and pokes the checklist items probe-main.mjs leaves alone; prints JSON.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { app, recorded, StandInWebContents } from './electron.mjs';

const [mainBundle] = process.argv.slice(2);
await import(pathToFileURL(mainBundle).href);

for (let i = 0; i < 200 && !(recorded.windows[0]?.loadedUrls.length > 0); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
const window = recorded.windows[0];
if (!window) throw new Error('The main bundle never created its window.');
const contents = window.webContents;

const LINKS = [
  'https://docs.butlr.io/guide',
  'https://app.butlr.io/',
  'http://docs.butlr.io/guide',
  'https://butlr.io.evil.example/',
  'https://evilbutlr.io/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'ms-msdt:/id PCWDiagnostic',
];
const windowOpen = Object.fromEntries(LINKS.map((url) => [url, contents.windowOpenHandler?.({ url }) ?? null]));
// openExternal is async in Electron: let any call settle before reading what was opened.
await new Promise((resolve) => setImmediate(resolve));

const foreignSender = { sender: { id: 999 }, senderFrame: { url: 'app://butlr/index.html', parent: null } };
const foreignFrame = { sender: contents, senderFrame: { url: 'https://evil.example/', parent: null } };
const noFrame = { sender: contents, senderFrame: null };
const subFrame = { sender: contents, senderFrame: contents.mainFrame.addChildFrame('app://butlr/index.html') };
const refusals = {};
for (const [channel, handler] of recorded.ipcHandlers) {
  const payload = { id: randomUUID() };
  refusals[channel] = {
    foreignSender: (await handler(foreignSender, payload)).error?.code ?? 'answered',
    foreignFrame: (await handler(foreignFrame, payload)).error?.code ?? 'answered',
    noFrame: (await handler(noFrame, payload)).error?.code ?? 'answered',
    subFrame: (await handler(subFrame, payload)).error?.code ?? 'answered',
  };
}

// A web contents made after the window (a devtools page, a future second window) must get the same guards.
const later = new StandInWebContents();
app.emit('web-contents-created', {}, later);
const preventedOn = (target, eventName) => {
  let prevented = false;
  target.emit(eventName, { preventDefault: () => (prevented = true) }, 'app://butlr/index.html');
  return prevented;
};

const report = {
  webPreferences: window.options.webPreferences,
  windowOpen,
  openedExternal: [...recorded.openedExternal],
  refusals,
  ownOriginNavigationPrevented: preventedOn(contents, 'will-navigate'),
  laterContents: {
    willNavigatePrevented: preventedOn(later, 'will-navigate'),
    willRedirectPrevented: preventedOn(later, 'will-redirect'),
    willAttachWebviewPrevented: preventedOn(later, 'will-attach-webview'),
    windowOpen: later.windowOpenHandler?.({ url: 'https://evil.example/' }) ?? null,
  },
  clipboard: recorded.clipboard,
};
process.stdout.write(`\nCHECKLIST_REPORT ${JSON.stringify(report)}\n`);
app.emit('will-quit', { preventDefault: () => {} });
app.emit('window-all-closed');
process.exit(0);
