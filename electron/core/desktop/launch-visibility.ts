// How the main window appears at start: shown, or kept in the tray when the OS started the app at login.
export type LaunchVisibility = 'shown' | 'hidden' | 'minimized';

export interface LaunchFacts {
  readonly platform: NodeJS.Platform;
  readonly argv: readonly string[];
  /** macOS: `app.getLoginItemSettings().wasOpenedAtLogin` (login items there take no arguments, so no --hidden). */
  readonly wasOpenedAtLogin: boolean;
  /** Linux: $XDG_CURRENT_DESKTOP, e.g. "GNOME", "ubuntu:GNOME", "KDE". */
  readonly currentDesktop: string | undefined;
}

/**
 * A stock GNOME shows no tray icons (it needs the AppIndicator extension, which Ubuntu ships and enables): there an app
 * started into the tray could not be reached. Electron cannot tell whether a tray icon is visible, so this is a guess
 * from the desktop's name, erring towards a window the person can find.
 */
export function trayLikelyHidden(currentDesktop: string | undefined): boolean {
  const desktops = (currentDesktop ?? '').split(':').map((name) => name.trim().toLowerCase());
  return desktops.includes('gnome') && !desktops.includes('ubuntu');
}

export function launchVisibility({ platform, argv, wasOpenedAtLogin, currentDesktop }: LaunchFacts): LaunchVisibility {
  const atLogin = argv.includes('--hidden') || (platform === 'darwin' && wasOpenedAtLogin);
  if (!atLogin) return 'shown';
  // Started at login on a desktop without a tray: on the taskbar, minimised, rather than nowhere.
  return platform === 'linux' && trayLikelyHidden(currentDesktop) ? 'minimized' : 'hidden';
}
