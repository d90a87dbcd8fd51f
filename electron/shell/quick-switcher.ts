// The quick switcher: a small always-on-top palette opened by a global shortcut; type to filter, Enter copies, Esc hides.
import { BrowserWindow, globalShortcut, screen } from 'electron';
import type { DesktopPort, ShortcutStatus } from '../core/desktop/desktop-port';
import { isWaylandSession, waylandShortcutNote } from '../core/desktop/wayland';
import { secureWindowOptions } from './secure-window';

export interface QuickSwitcher extends DesktopPort {
  readonly window: BrowserWindow;
  toggle(): void;
  /** Registers `accelerator` ('' for none) in place of the previous one, and remembers why if the OS refused it. */
  setShortcut(accelerator: string): ShortcutStatus;
  dispose(): void;
}

export function createQuickSwitcher(preloadPath: string, pageUrl: string, darkBackground: boolean): QuickSwitcher {
  const base = secureWindowOptions(preloadPath, darkBackground);
  const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK -- the options spread from secureWindowOptions(), which sets all three; tests/electron/desktop-integration.test.ts asserts them
    ...base,
    width: 560,
    height: 380,
    minWidth: 400,
    minHeight: 240,
    title: 'Butlr Credentials — quick switcher',
    frame: false,
    resizable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    fullscreenable: false,
    show: false,
  });
  void window.loadURL(`${pageUrl}#quick-switcher`);
  window.on('blur', () => window.hide());

  let status: ShortcutStatus = { accelerator: '', registered: false, message: null };
  const wayland = isWaylandSession(process.platform, process.env);

  const show = (): void => {
    // Open on the display the person is working on, not where the window was last. Wayland tells no app where the
    // pointer is (Electron's getCursorScreenPoint() is not supported there): the primary display, then.
    const { workArea } = wayland ? screen.getPrimaryDisplay() : screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const [width] = window.getSize() as [number, number];
    window.setPosition(Math.round(workArea.x + (workArea.width - width) / 2), Math.round(workArea.y + workArea.height * 0.2));
    window.show();
    window.focus();
  };
  const toggle = (): void => (window.isVisible() ? window.hide() : show());

  return {
    window,
    toggle,
    shortcutStatus: () => status,
    hideQuickSwitcher() {
      const wasVisible = window.isVisible();
      window.hide();
      return wasVisible;
    },
    setShortcut(accelerator) {
      if (status.registered) globalShortcut.unregister(status.accelerator);
      if (accelerator === '') {
        status = { accelerator, registered: false, message: null };
        return status;
      }
      let registered: boolean;
      try {
        registered = globalShortcut.register(accelerator, toggle);
      } catch {
        // An accelerator Electron cannot parse throws instead of returning false.
        registered = false;
      }
      const refused = `${accelerator} could not be registered: another app already uses it, or the system does not allow it. Choose another shortcut in Settings.`;
      status = { accelerator, registered, message: registered ? (wayland ? waylandShortcutNote(accelerator) : null) : refused };
      return status;
    },
    dispose() {
      if (status.registered) globalShortcut.unregister(status.accelerator);
      if (!window.isDestroyed()) window.destroy();
    },
  };
}
