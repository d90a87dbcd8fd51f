// IPC handlers for the desktop integration: the quick switcher's shortcut status, and hiding the switcher.
import { ok } from '../../../shared/result';
import type { IpcRouter } from '../ipc/ipc-router';
import type { DesktopPort } from './desktop-port';

export function registerDesktopHandlers(router: IpcRouter, desktop: DesktopPort): void {
  router.handle('getShortcutStatus', async () => ok(desktop.shortcutStatus()));
  router.handle('hideQuickSwitcher', async () => ok({ hidden: desktop.hideQuickSwitcher() }));
}
