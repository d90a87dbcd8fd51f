// The core's dialog port on Electron's native dialogs, attached to the main window.
import { dialog, type BrowserWindow } from 'electron';
import type { DialogPort, FileKind } from '../core/dialog-port';
import { consentAnswer, consentDialogOptions } from '../core/script-access/consent-dialog';

const FILTERS: Record<FileKind, { name: string; extensions: string[] }[]> = {
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  export: [{ name: 'Butlr Credentials export', extensions: ['json'] }],
  // .env files are often named just ".env", which no extension filter matches: offer "All files" too.
  import: [
    { name: 'Export or .env file', extensions: ['json', 'env'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

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
    async chooseSavePath(suggestedName, kind) {
      const options = { defaultPath: suggestedName, filters: FILTERS[kind] };
      const parent = window();
      const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(kind) {
      const options = { filters: FILTERS[kind], properties: ['openFile' as const, 'showHiddenFiles' as const] };
      const parent = window();
      const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async confirmCommand(profileName, command) {
      const options = {
        type: 'warning' as const,
        title: 'Run a command for a secret?',
        message: `“${profileName}” reads its secret by running this command:`,
        detail: `${command}\n\nIt runs as you, without a shell, each time the profile signs in. Run it only if you know what it does.`,
        buttons: ['Cancel', 'Run it'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      const parent = window();
      const { response } = await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
      return response === 1;
    },
    async askScriptAccess(question) {
      const options = consentDialogOptions(question);
      // Attached to the window only while it is on screen: a sheet on a window hidden in the tray would never be seen.
      const parent = window();
      const visible = parent && !parent.isDestroyed() && parent.isVisible() ? parent : null;
      const { response } = await (visible ? dialog.showMessageBox(visible, options) : dialog.showMessageBox(options));
      return consentAnswer(response);
    },
  };
}
