// The application menu's commands, sent to the main window alone (the quick switcher has no dialogs), parsed against the contract.
import type { BrowserWindow } from 'electron';
import { ipcEvents } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/menu-command';

/** Brings the window forward first: on macOS the menu bar stays while the window is hidden in the tray. */
export function sendMenuCommand(window: BrowserWindow | null, show: () => void, command: MenuCommand): void {
  if (!window || window.isDestroyed()) return;
  show();
  const event = ipcEvents.menuCommand;
  window.webContents.send(event.channel, event.payload.parse({ command }));
}
