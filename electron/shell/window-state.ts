// Remembers the main window's size, position and maximised state between launches, and never restores it off-screen.
import { join } from 'node:path';
import { app, screen, type BrowserWindow, type Rectangle } from 'electron';
import ElectronStore from 'electron-store';
import { STORE_FILE_MODE } from '../core/storage/key-value-store';

interface WindowState extends Record<string, unknown> {
  bounds: Rectangle | null;
  maximized: boolean;
}

/** A rectangle at least partly on one of today's displays (a monitor may have been unplugged since). */
function isVisible(bounds: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea }) => {
    const overlapX = Math.min(bounds.x + bounds.width, workArea.x + workArea.width) - Math.max(bounds.x, workArea.x);
    const overlapY = Math.min(bounds.y + bounds.height, workArea.y + workArea.height) - Math.max(bounds.y, workArea.y);
    return overlapX >= 100 && overlapY >= 50;
  });
}

export interface WindowStateKeeper {
  /** Size and position to create the window with, when the saved ones are still usable. */
  readonly initialBounds: Partial<Rectangle>;
  /** Saves changes from now on. Maximises nothing: Electron's maximize() also shows the window (see `show`). */
  track(window: BrowserWindow): void;
  /**
   * Shows the window, maximised the first time if it was maximised when last closed. Electron's `maximize()` shows a
   * hidden window too, so it is called only here, when the window is to appear: at ready-to-show, not at creation (the
   * window would appear before its page) and not for a start in the tray (`--hidden`), where the first show is later.
   */
  show(window: BrowserWindow): void;
}

export function keepWindowState(): WindowStateKeeper {
  // Only geometry lives here: losing it to a damaged file costs nothing, so conf may simply start over.
  const store = new ElectronStore<WindowState>({
    name: 'window-state',
    cwd: join(app.getPath('userData')),
    defaults: { bounds: null, maximized: false },
    configFileMode: STORE_FILE_MODE,
    clearInvalidConfig: true,
  });
  const saved = store.get('bounds');
  // Until the window has been shown once, the saved maximised state is still to be restored: closing before then keeps it.
  let maximizeAtFirstShow = store.get('maximized');
  const remember = (window: BrowserWindow): void => {
    store.set('maximized', maximizeAtFirstShow || window.isMaximized());
    if (!window.isMaximized() && !window.isMinimized()) store.set('bounds', window.getBounds());
  };
  return {
    initialBounds: saved && isVisible(saved) ? saved : {},
    track(window) {
      let timer: NodeJS.Timeout | undefined;
      const save = (): void => {
        clearTimeout(timer);
        // Moves and resizes come in bursts; write once they settle.
        timer = setTimeout(() => {
          if (!window.isDestroyed()) remember(window);
        }, 500);
      };
      for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', save);
      window.on('close', () => {
        clearTimeout(timer);
        remember(window);
      });
    },
    show(window) {
      if (maximizeAtFirstShow) {
        maximizeAtFirstShow = false;
        window.maximize();
      }
      window.show();
    },
  };
}
