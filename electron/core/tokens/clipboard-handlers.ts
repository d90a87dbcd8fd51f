// IPC handlers for the clipboard the token feature writes: "Clear now" from the window's clipboard strip.
import { ok } from '../../../shared/result';
import type { IpcRouter } from '../ipc/ipc-router';
import type { ClipboardGuard } from './clipboard-guard';

export function registerClipboardHandlers(router: IpcRouter, clipboard: ClipboardGuard): void {
  // Only our own token is ever cleared: whatever the person copied since stays where it is.
  router.handle('clearClipboard', async () => ok({ cleared: await clipboard.clearIfOurs() }));
}
