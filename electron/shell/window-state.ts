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
  /** Restores the maximised state and saves changes from now on. */
  track(window: BrowserWindow): void;
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
  return {
    initialBounds: saved && isVisible(saved) ? saved : {},
    track(window) {
      if (store.get('maximized')) window.maximize();
      let timer: NodeJS.Timeout | undefined;
      const save = (): void => {
        clearTimeout(timer);
        // Moves and resizes come in bursts; write once they settle.
        timer = setTimeout(() => {
          if (window.isDestroyed()) return;
          store.set('maximized', window.isMaximized());
          if (!window.isMaximized() && !window.isMinimized()) store.set('bounds', window.getBounds());
        }, 500);
      };
      for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', save);
      window.on('close', () => {
        clearTimeout(timer);
        store.set('maximized', window.isMaximized());
        if (!window.isMaximized() && !window.isMinimized()) store.set('bounds', window.getBounds());
      });
    },
  };
}
