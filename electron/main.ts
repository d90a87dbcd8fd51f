// The Electron shell: creates the secure window and wires Electron's modules into the plain-TypeScript core. Nothing else.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, nativeTheme, net, protocol, safeStorage, session } from 'electron';
import { createAppCore } from './core/app-core';
import { seedProfiles } from './core/demo-seed';
import type { IpcSenderEvent } from './core/ipc/ipc-router';
import { consoleLogger } from './core/logger';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, appSchemePrivileges, originOf, serveAppRequest } from './shell/app-protocol';
import { openAppStores } from './shell/app-stores';
import { watchConnectivity } from './shell/connectivity-watch';
import { createNativeDialogs } from './shell/native-dialogs';
import { createSecretClipboard } from './shell/secret-clipboard';
import { denyAllPermissions, hardenWebContents, secureWindowOptions } from './shell/secure-window';

const logger = consoleLogger;
const outDir = join(import.meta.dirname, '..');
// The dev server URL only counts in an unpackaged build, so a packaged app can never be pointed elsewhere.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const pageOrigin = (devServerUrl && originOf(devServerUrl)) || APP_ORIGIN;

// The demo and the E2E suite run the app against a throwaway data folder.
if (process.env.BUTLR_DATA_DIR) app.setPath('userData', process.env.BUTLR_DATA_DIR);

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
app.on('window-all-closed', () => app.quit());

let mainWindow: BrowserWindow | null = null;

function isTrustedSender(event: IpcSenderEvent): boolean {
  if (!mainWindow || event.sender !== mainWindow.webContents) return false;
  const frameUrl = event.senderFrame?.url;
  return frameUrl !== undefined && originOf(frameUrl) === pageOrigin;
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(join(outDir, 'renderer'), request.url));
  denyAllPermissions(session.defaultSession);

  const window = new BrowserWindow(secureWindowOptions(join(outDir, 'preload', 'index.cjs'), nativeTheme.shouldUseDarkColors)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK -- secureWindowOptions() sets all three; the scanner cannot follow the call (tests/electron/ asserts each)
  mainWindow = window;
  window.on('closed', () => {
    mainWindow = null;
  });
  window.once('ready-to-show', () => window.show());

  const core = createAppCore({
    ipcMain,
    isTrustedSender,
    send: (channel, payload) => mainWindow?.webContents.send(channel, payload),
    fetch: (url, init) => net.fetch(url, init),
    safeStorage,
    platform: process.platform,
    clipboard: createSecretClipboard(process.platform),
    dialogs: createNativeDialogs(() => mainWindow),
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
    ...openAppStores(),
    now: Date.now,
    random: Math.random,
    newId: randomUUID,
    logger,
  });
  const stopWatching = watchConnectivity(core.scheduler.recheck);
  let cleanedUp = false;
  app.on('will-quit', (event) => {
    if (cleanedUp) return;
    // Clearing the clipboard is async in Electron 45: hold the quit until it is done, then quit for real.
    event.preventDefault();
    cleanedUp = true;
    stopWatching();
    void core.quit().finally(() => app.quit());
  });

  if (process.env.BUTLR_DEMO_SEED) {
    await seedProfiles(core.profiles, JSON.parse(await readFile(process.env.BUTLR_DEMO_SEED, 'utf8')), logger);
  }
  await window.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

app.whenReady().then(start).catch((error: unknown) => {
  logger.error('Butlr Credentials could not start', error);
  app.exit(1);
});
