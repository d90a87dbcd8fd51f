// Loads the built main bundle against the stand-in, pokes every guard it installed, and prints what happened as JSON.
import { pathToFileURL } from 'node:url';
import { app, recorded } from './electron.mjs';

const [mainBundle] = process.argv.slice(2);
await import(pathToFileURL(mainBundle).href);

const waitFor = async (check) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error('The main bundle never loaded its window.');
};
await waitFor(() => recorded.windows[0]?.loadedUrls.length > 0);

const window = recorded.windows[0];
const contents = window.webContents;
const preventedBy = (eventName) => {
  let prevented = false;
  contents.emit(eventName, { preventDefault: () => (prevented = true) }, 'https://evil.example/');
  return prevented;
};
const askPermission = (permission) => new Promise((resolve) => recorded.session.permissionRequestHandler(contents, permission, resolve));
const invoke = (channel, payload, event) => recorded.ipcHandlers.get(channel)(event, payload);
const trusted = { sender: contents, senderFrame: contents.mainFrame };
const appHandler = recorded.protocolHandlers.get('app');
const serve = async (url) => {
  const response = await appHandler({ url });
  return { status: response.status, csp: response.headers.get('content-security-policy') };
};

const report = {
  windowOptions: window.options,
  loadedUrls: window.loadedUrls,
  userDataPaths: recorded.userDataPaths,
  privilegedSchemes: recorded.privilegedSchemes,
  protocolSchemes: [...recorded.protocolHandlers.keys()],
  ipcChannels: [...recorded.ipcHandlers.keys()],
  leftoverIpcListeners: [...recorded.ipcListeners.keys()],
  guards: {
    willNavigatePrevented: preventedBy('will-navigate'),
    willRedirectPrevented: preventedBy('will-redirect'),
    willAttachWebviewPrevented: preventedBy('will-attach-webview'),
    windowOpen: contents.windowOpenHandler?.({ url: 'https://evil.example/' }) ?? null,
    permissionGranted: {
      notifications: await askPermission('notifications'),
      media: await askPermission('media'),
      'clipboard-read': await askPermission('clipboard-read'),
    },
    permissionCheck: recorded.session.permissionCheckHandler?.(contents, 'clipboard-read') ?? null,
    devicePermission: recorded.session.devicePermissionHandler?.({}) ?? null,
  },
  ipc: {
    trustedList: await invoke('profiles:list', undefined, trusted),
    foreignSender: await invoke('profiles:list', undefined, { sender: { id: 999 }, senderFrame: { url: 'app://butlr/index.html', parent: null } }),
    foreignFrame: await invoke('profiles:list', undefined, { sender: contents, senderFrame: { url: 'https://evil.example/', parent: null } }),
    // An <iframe> in our own page, even one showing our own origin, is not the window.
    subFrame: await invoke('profiles:list', undefined, { sender: contents, senderFrame: contents.mainFrame.addChildFrame('app://butlr/index.html') }),
    invalidPayload: await invoke('tokens:copy', { id: 42 }, trusted),
  },
  protocol: {
    index: await serve('app://butlr/index.html'),
    traversal: await serve('app://butlr/..%2F..%2F..%2Fetc%2Fpasswd'),
    otherHost: await serve('app://elsewhere/index.html'),
  },
  exitCode: recorded.exitCode ?? null,
};
// On a line of its own behind a marker: the app's own log lines share stdout.
process.stdout.write(`\nPROBE_REPORT ${JSON.stringify(report)}\n`);
app.emit('window-all-closed');
app.emit('will-quit', { preventDefault: () => {} });
process.exit(0);
