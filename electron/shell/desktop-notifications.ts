// Quiet desktop notifications (a copy from the tray, expiry reminders), with the main window as the fallback where the OS
// will not show one: macOS emits `failed` for an unsigned app, and a desktop may offer no notifications at all.
import { Notification, type BrowserWindow } from 'electron';
import { ipcEvents } from '../../shared/ipc/contract';
import type { Logger } from '../core/logger';

export type Notify = (title: string, body: string) => void;

export function createNotifier(mainWindow: () => BrowserWindow | null, logger: Logger): Notify {
  /** Sent to the main window alone (not through the core's event bus), which shows it as a toast. */
  const inWindow: Notify = (title, body) => {
    const window = mainWindow();
    if (!window || window.isDestroyed()) return;
    const event = ipcEvents.desktopNotice;
    window.webContents.send(event.channel, event.payload.parse({ title, body }));
  };
  return (title, body) => {
    if (!Notification.isSupported()) return inWindow(title, body);
    const notification = new Notification({ title, body, silent: true });
    // Not the OS's words: they may quote the notification, which names a profile.
    notification.on('failed', () => {
      logger.warn('desktop: the system did not show a notification; the window shows it instead');
      inWindow(title, body);
    });
    notification.show();
  };
}
