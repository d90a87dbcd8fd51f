// The core's dialog port on Electron's native dialogs, attached to the main window.
import { dirname, join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { DialogPort, FileKind } from '../core/dialog-port';
import { consentAnswer, consentDialogOptions } from '../core/script-access/consent-dialog';
import { commandAllowed, commandDialogOptions } from '../core/secret-sources/command-question';

const FILTERS: Record<FileKind, { name: string; extensions: string[] }[]> = {
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  export: [{ name: 'Butlr Credentials export', extensions: ['json'] }],
  // .env files are often named just ".env", which no extension filter matches: offer "All files" too.
  import: [
    { name: 'Export or .env file', extensions: ['json', 'env'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** How a hidden file (a name starting with a dot, such as ".env") is shown in the OS's file dialog; Windows hides none such. */
const SHOW_HIDDEN_KEYS: Partial<Record<NodeJS.Platform, string>> = { linux: 'Ctrl+H', darwin: 'Cmd+Shift+.' };

/**
 * The open dialog's title names the file, because a file called just ".env" is hidden where names starting with a dot
 * are, and Linux's file-chooser portal ignores `showHiddenFiles`.
 */
function openTitle(kind: FileKind, platform: NodeJS.Platform): string {
  if (kind === 'csv') return 'Open a CSV file';
  if (kind === 'export') return 'Open a Butlr Credentials export';
  const keys = SHOW_HIDDEN_KEYS[platform];
  return `Import an export (.json) or a .env file${keys ? ` — ${keys} shows hidden files such as .env` : ''}`;
}

export function createNativeDialogs(window: () => BrowserWindow | null): DialogPort {
  // The folder a file was last chosen in, this run: the next dialog starts there rather than in Downloads or Documents.
  let lastFolder: string | null = null;
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
      const options = { defaultPath: lastFolder ? join(lastFolder, suggestedName) : suggestedName, filters: FILTERS[kind] };
      const parent = window();
      const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
      if (result.canceled || !result.filePath) return null;
      lastFolder = dirname(result.filePath);
      return result.filePath;
    },
    async chooseOpenPath(kind) {
      const options = {
        title: openTitle(kind, process.platform),
        ...(lastFolder ? { defaultPath: lastFolder } : {}),
        filters: FILTERS[kind],
        // Still honoured by Windows, macOS and GTK's own dialog; not by the Linux portal (see openTitle).
        properties: ['openFile' as const, 'showHiddenFiles' as const],
      };
      const parent = window();
      const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
      const chosen = result.canceled ? null : (result.filePaths[0] ?? null);
      if (chosen !== null) lastFolder = dirname(chosen);
      return chosen;
    },
    async confirmCommand(question) {
      const options = commandDialogOptions(question);
      const parent = window();
      const { response } = await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
      return commandAllowed(response);
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
