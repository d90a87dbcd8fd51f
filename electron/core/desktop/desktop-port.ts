// What the desktop shell does for the core: the quick switcher's window and its global shortcut.
export interface ShortcutStatus {
  readonly accelerator: string;
  readonly registered: boolean;
  /**
   * Why it is not registered, in words a person can act on; or, registered, what the app cannot know about it (on Wayland
   * the desktop binds it, or not); null when it is registered and works (or is turned off).
   */
  readonly message: string | null;
}

export interface DesktopPort {
  shortcutStatus(): ShortcutStatus;
  hideQuickSwitcher(): boolean;
}

/** For tests and for a shell without a desktop (no tray, no global shortcut). */
export const headlessDesktop: DesktopPort = {
  shortcutStatus: () => ({ accelerator: '', registered: false, message: null }),
  hideQuickSwitcher: () => false,
};
