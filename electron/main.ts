// The Electron shell: creates the secure windows and wires Electron's modules into the plain-TypeScript core. Nothing else.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, nativeTheme, net, protocol, safeStorage, session } from 'electron';
import { createAppCore } from './core/app-core';
import { spawnCommandRunner } from './core/secret-sources/command-runner';
import { channelLocation } from './core/cli-channel/channel-location';
import { seedProfiles } from './core/demo-seed';
import { APP_ID } from './core/desktop/app-identity';
import { launchVisibility } from './core/desktop/launch-visibility';
import type { IpcSenderEvent } from './core/ipc/ipc-router';
import { countingInternalErrors, createErrorTally } from './core/diagnostics/error-tally';
import { consoleLogger, teeLogger } from './core/logger';
import { installAppMenu } from './shell/app-menu';
import { createCliInstaller } from './shell/cli-install';
import { sendMenuCommand } from './shell/menu-commands';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, appSchemePrivileges, originOf, serveAppRequest } from './shell/app-protocol';
import { openAppStores } from './shell/app-stores';
import { watchConnectivity } from './shell/connectivity-watch';
import { startDesktopIntegration, type DesktopIntegration } from './shell/desktop-integration';
import { createNotifier } from './shell/desktop-notifications';
import { createDiagnosticsActions } from './shell/diagnostics-actions';
import { createFileLogger } from './shell/file-logger';
import { guardLaunchSwitches } from './shell/launch-guard';
import { startedAtLogin } from './shell/login-item';
import { createNativeDialogs } from './shell/native-dialogs';
import { createQuickSwitcher, type QuickSwitcher } from './shell/quick-switcher';
import { createSecretClipboard } from './shell/secret-clipboard';
import { watchSessionEnd } from './shell/session-end';
import { denyAllPermissions, hardenWebContents, secureWindowOptions } from './shell/secure-window';
import { createAppTray } from './shell/tray';
import { keepWindowState } from './shell/window-state';

// Before anything else: a packaged app refuses the switches that would let a local process drive or watch it.
const launchAllowed = guardLaunchSwitches();

/** The codes of the failures people met and the internal errors logged since start, for Help → Copy diagnostics. */
const errorTally = createErrorTally(Date.now);
// Every line goes to the terminal (a dev run) and to main.log in the logs folder; each internal error is also counted.
const logger = countingInternalErrors(teeLogger(consoleLogger, createFileLogger()), errorTally);
// A crash's stack reaches main.log too. A monitor only watches: Electron still handles the crash as it would without it.
process.on('uncaughtExceptionMonitor', (error, origin) => logger.error(`app: ${origin === 'unhandledRejection' ? 'unhandled rejection' : 'uncaught exception'}`, error));
const outDir = join(import.meta.dirname, '..');
const preloadPath = join(outDir, 'preload', 'index.cjs');
// The dev server URL only counts in an unpackaged build, so a packaged app can never be pointed elsewhere.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const pageUrl = devServerUrl || APP_ENTRY_URL;
const pageOrigin = (devServerUrl && originOf(devServerUrl)) || APP_ORIGIN;

// The demo and the E2E suite run the app against a throwaway data folder, and keep its log there too (macOS would use ~/Library/Logs).
if (launchAllowed && process.env.BUTLR_DATA_DIR) {
  app.setPath('userData', process.env.BUTLR_DATA_DIR);
  app.setAppLogsPath(join(process.env.BUTLR_DATA_DIR, 'logs'));
}

// Windows shows a toast only for an app whose AppUserModelID is set, and it must be the installer's (electron-builder's appId).
if (launchAllowed && process.platform === 'win32') app.setAppUserModelId(APP_ID);

let mainWindow: BrowserWindow | null = null;
let switcher: QuickSwitcher | null = null;
let desktop: DesktopIntegration | null = null;
let quitting = false;

/** Restores the saved maximised state at the window's first show (set in start()). */
let showWindow: (window: BrowserWindow) => void = (window) => window.show();

function showMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  showWindow(mainWindow);
  mainWindow.focus();
}

/** The router has already refused anything but a main frame; this checks the frame is our page in one of our windows. */
function isTrustedSender(event: IpcSenderEvent): boolean {
  const ours = [mainWindow, switcher?.window].some((window) => window && !window.isDestroyed() && event.sender === window.webContents);
  const frameUrl = event.senderFrame?.url;
  return ours && frameUrl !== undefined && originOf(frameUrl) === pageOrigin;
}

async function start(): Promise<void> {
  logger.info(`app: Butlr Credentials ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform} ${process.arch})`);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(join(outDir, 'renderer'), request.url));
  denyAllPermissions(session.defaultSession);

  const windowState = keepWindowState();
  showWindow = windowState.show;
  // Started at login: live in the tray until asked for (on the taskbar, minimised, where no tray icon would show).
  const visibility = launchVisibility({ platform: process.platform, argv: process.argv, wasOpenedAtLogin: startedAtLogin(), currentDesktop: process.env.XDG_CURRENT_DESKTOP });
  const window = new BrowserWindow({ ...secureWindowOptions(preloadPath, nativeTheme.shouldUseDarkColors), ...windowState.initialBounds }); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK -- secureWindowOptions() sets all three; the scanner cannot follow the call (tests/electron/ asserts each)
  mainWindow = window;
  windowState.track(window);
  window.on('closed', () => {
    mainWindow = null;
  });
  window.once('ready-to-show', () => {
    if (visibility === 'shown') windowState.show(window);
    else if (visibility === 'minimized') {
      window.showInactive();
      window.minimize();
    }
  });

  // Made before the core, which serves its shortcut status; its page cannot call the core before this function returns.
  const quickSwitcher = createQuickSwitcher(preloadPath, pageUrl, nativeTheme.shouldUseDarkColors);
  switcher = quickSwitcher;
  const core = createAppCore({
    ipcMain,
    isTrustedSender,
    send: (channel, payload) => {
      for (const target of [mainWindow, switcher?.window]) if (target && !target.isDestroyed()) target.webContents.send(channel, payload);
    },
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
    // A secret reference's command (a vendor CLI) is spawned without a shell, its environment trimmed from this one.
    runCommand: spawnCommandRunner,
    environment: process.env,
    desktop: quickSwitcher,
    onFailure: errorTally.recordFailure,
    appVersion: app.getVersion(),
  });
  // butlr-cred's channel: the same place the CLI computes from the same environment (channel-location.ts).
  const cliLocation = channelLocation({
    platform: process.platform,
    dataDir: app.getPath('userData'),
    dataDirMoved: Boolean(process.env.BUTLR_DATA_DIR),
    runtimeDir: process.env.XDG_RUNTIME_DIR || undefined,
    userProfile: process.env.USERPROFILE || homedir(),
  });
  core.listenForCli(cliLocation).catch((error: unknown) => logger.error('cli: could not start listening', error));
  const diagnostics = createDiagnosticsActions(
    { profiles: () => core.profiles.list(), encryptionStatus: () => core.encryptionStatus(), errors: () => errorTally.snapshot() },
    () => mainWindow,
    logger,
  );
  const installCli = createCliInstaller(() => mainWindow, logger);
  installAppMenu(process.platform, devServerUrl !== undefined, {
    diagnostics,
    command: (command) => sendMenuCommand(mainWindow, showMainWindow, command),
    installCli: () => void installCli(),
  });

  const tray = createAppTray({
    copy: (profileId) => void desktop?.copyFromTray(profileId),
    open: showMainWindow,
    switcher: () => switcher?.toggle(),
    quit: () => app.quit(),
  });
  desktop = startDesktopIntegration({ core, tray, switcher: quickSwitcher, logger, onFailure: errorTally.recordFailure, notify: createNotifier(() => mainWindow, logger) });
  // With a tray to come back from, closing the window only hides it; Quit (tray, menu, Cmd+Q) really quits.
  window.on('close', (event) => {
    if (quitting) return;
    event.preventDefault();
    window.hide();
  });

  // Back online, awake or unlocked: waiting renewals are retried, and a keyring the secrets were waiting for is asked again.
  const stopWatching = watchConnectivity(() => {
    core.retryKeyringNow();
    core.scheduler.recheck();
  });
  let cleanedUp = false;
  // Log-off or shutdown: Windows never emits before-quit or will-quit then, so the same cleanup runs here, synchronously.
  const stopWatchingSessionEnd = watchSessionEnd(
    window,
    () => {
      if (cleanedUp) return;
      cleanedUp = true;
      quitting = true;
      stopWatching();
      desktop?.dispose();
      core.endSession();
      logger.info('app: the session is ending; cleaned up');
    },
    () => app.quit(),
  );
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    if (cleanedUp) return;
    // Reading the clipboard (is it still our token?) is async in Electron 45: hold the quit until that is done, then quit for real.
    event.preventDefault();
    cleanedUp = true;
    stopWatching();
    stopWatchingSessionEnd();
    desktop?.dispose();
    void core.quit().finally(() => app.quit());
  });

  if (process.env.BUTLR_DEMO_SEED) {
    await seedProfiles(core.profiles, JSON.parse(await readFile(process.env.BUTLR_DEMO_SEED, 'utf8')), logger);
  }
  await window.loadURL(pageUrl);
}

// One instance: a second launch shows the first one's window instead of opening another vault on the same files.
if (!launchAllowed) {
  // guardLaunchSwitches() has said why and called app.exit(): start nothing.
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  app.on('second-instance', showMainWindow);
  app.on('activate', showMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((error: unknown) => {
    logger.error('Butlr Credentials could not start', error);
    app.exit(1);
  });
}
