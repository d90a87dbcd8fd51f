// A Wayland session: no app may read the pointer's position or grab a key for itself there, so the global shortcut goes
// through the desktop's shortcuts portal, which answers "registered" whether or not it bound anything.
export function isWaylandSession(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  return platform === 'linux' && (env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY));
}

/** What Settings says of a shortcut registered on Wayland: that the app cannot tell whether it works. */
export function waylandShortcutNote(accelerator: string): string {
  return `Asked the desktop for ${accelerator}, but on Wayland the app cannot tell whether it was bound: your desktop may ask you to confirm it, or let you set it in its keyboard settings. If it does nothing, open the quick switcher from the tray.`;
}
