// The core's dialog port on Electron's native dialogs, attached to the main window.
import { dialog, type BrowserWindow } from 'electron';
import type { DialogPort } from '../core/dialog-port';

export function createNativeDialogs(window: () => BrowserWindow | null): DialogPort {
  return {
    async showToken(profileName, accessToken) {
      const options = {
        type: 'info' as const,
        title: 'Access token',
        message: `Access token for “${profileName}”`,
        // Shown by main in a native dialog: the token never passes through the renderer, even here.
        detail: accessToken,
        buttons: ['Close'],
        noLink: true,
      };
      const parent = window();
      await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
    },
    async chooseSavePath(suggestedName) {
      const options = { defaultPath: suggestedName, filters: [{ name: 'CSV', extensions: ['csv'] }] };
      const parent = window();
      const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
