// The main window's options and the guards every web contents gets: no Node, no navigation, no new windows, no permissions.
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export function secureWindowOptions(preloadPath: string, darkBackground: boolean): BrowserWindowConstructorOptions {
  return {
    width: 980,
    height: 700,
    minWidth: 720,
    minHeight: 480,
    title: 'Butlr Credentials',
    show: false,
    backgroundColor: darkBackground ? '#16181d' : '#f7f7f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}

/** Every web contents, however created: the page may never leave our app or open anything. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The app needs no camera, notifications, clipboard-read or anything else a page can ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
