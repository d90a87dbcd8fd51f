// The main window's options and the guards every web contents gets: no Node, no navigation, no new windows, no permissions.
import { shell, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';
import { consoleLogger } from '../core/logger';
import { isAllowedExternalUrl } from './external-links';

/** The colour a window shows before its page paints: the page's own background in light or dark. */
export function windowBackground(dark: boolean): string {
  return dark ? '#16181d' : '#f7f7f8';
}

export function secureWindowOptions(preloadPath: string, darkBackground: boolean): BrowserWindowConstructorOptions {
  return {
    width: 980,
    height: 700,
    minWidth: 720,
    minHeight: 480,
    title: 'Butlr Credentials',
    show: false,
    backgroundColor: windowBackground(darkBackground),
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
      // The page has no use for middle-click (auxclick) events; off, they are one less way for a page to act on a link click.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/** Every web contents, however created: the page may never leave our app or open a window of its own. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
}

/** A link to one of Butlr's own https pages opens in the person's browser; anything else goes nowhere. */
function openInBrowser(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch(() => consoleLogger.warn('links: the browser could not open an allowed link')); // eng-disable OPEN_EXTERNAL_JS_CHECK -- only URLs that passed isAllowedExternalUrl reach this call
}

/** The app needs no camera, notifications, clipboard-read or anything else a page can ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
