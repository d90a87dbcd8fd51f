// The clipboard port on Electron 45's async clipboard, marking a copied token as a secret where the OS has a convention for it.
import { clipboard, ClipboardItem } from 'electron';
import type { ClipboardPort } from '../core/tokens/clipboard-guard';

/** A raw platform clipboard format, in Electron's spelling. */
const rawFormat = (name: string): string => `electron application/osclipboard;format="${name}"`;

/**
 * The markers clipboard managers read to skip a secret:
 * - macOS: `org.nspasteboard.ConcealedType` (nspasteboard.org), honoured by Alfred, Maccy, Raycast, Paste…
 * - Windows: `ExcludeClipboardContentFromMonitorProcessing`, and `CanIncludeInClipboardHistory` = 0 to keep it
 *   out of Win+V history and cloud sync.
 * - Linux: `x-kde-passwordManagerHint` = "secret", honoured by Klipper and CopyQ.
 */
function secretMarkers(platform: NodeJS.Platform): Record<string, string | Blob> {
  switch (platform) {
    case 'darwin':
      return { [rawFormat('org.nspasteboard.ConcealedType')]: '' };
    case 'win32':
      return {
        [rawFormat('ExcludeClipboardContentFromMonitorProcessing')]: new Blob([new Uint8Array(4)]),
        [rawFormat('CanIncludeInClipboardHistory')]: new Blob([new Uint8Array(4)]),
      };
    default:
      return { 'x-kde-passwordManagerHint': 'secret' };
  }
}

export function createSecretClipboard(platform: NodeJS.Platform): ClipboardPort {
  return {
    async writeSecret(text) {
      try {
        // One write() commits every entry at once, so the marker never lags behind the text.
        await clipboard.write([new ClipboardItem({ 'text/plain': text, ...secretMarkers(platform) })]);
      } catch {
        // A platform that refuses a marker still gets the token; clearing after a while is the main defence anyway.
        await clipboard.writeText(text);
      }
    },
    readText: () => clipboard.readText(),
    clear: async () => clipboard.clear(),
  };
}
