// Stand-ins for the parts in later-parts.ts. The window fetches their chunk right after its first paint (see
// `preloadLaterParts`), so it is there long before a person opens a dialog; from then on a stand-in renders its part
// synchronously, with no frame of delay (chunk-store.ts; a fast typist's first keystrokes cannot miss the dialog). The
// quick-switcher window never needs them, and never fetches them.
import { createElement, useEffect, type ComponentType } from 'react';
import { chunkStore } from '../chunk-store';
import { showToast } from '../toast-store';
import type * as LaterPartsModule from './later-parts';

type LaterParts = typeof LaterPartsModule;

const NOT_LOADED = 'Part of Butlr Credentials could not be loaded, so its dialogs cannot open. Reinstall the app.';

const laterParts = chunkStore(() => import('./later-parts'), { what: 'the dialogs and the details panel', notice: NOT_LOADED });

/** Starts fetching the later parts, once; a stand-in that mounts first starts it too. */
export const preloadLaterParts = (): void => laterParts.preload();
const useLaterParts = laterParts.useChunk;

/** Every later part is something that opens and closes, so a stand-in that cannot show it closes it again at once. */
function laterPart<Props extends { readonly onClose: () => void }>(name: string, pick: (parts: LaterParts) => ComponentType<Props>) {
  function LaterPart(props: Props) {
    const loaded = useLaterParts();
    const { onClose } = props;
    useEffect(() => {
      if (loaded.state !== 'failed') return;
      showToast('alert', NOT_LOADED);
      onClose();
    }, [loaded.state, onClose]);
    return loaded.state === 'loaded' ? createElement(pick(loaded.module), props) : null;
  }
  LaterPart.displayName = `Later(${name})`;
  return LaterPart;
}

/**
 * A part that shows on its own when it has something to say (a banner, the clipboard strip, a row's Scripts marker):
 * nothing until it is loaded, or if it cannot be.
 */
function laterView<Props extends object>(name: string, pick: (parts: LaterParts) => ComponentType<Props>) {
  function LaterView(props: Props) {
    const loaded = useLaterParts();
    return loaded.state === 'loaded' ? createElement(pick(loaded.module), props) : null;
  }
  LaterView.displayName = `Later(${name})`;
  return LaterView;
}

export const DeleteConfirmation = laterPart('DeleteConfirmation', (parts) => parts.DeleteConfirmation);
export const DetailsPanel = laterPart('DetailsPanel', (parts) => parts.DetailsPanel);
export const ExportDialog = laterPart('ExportDialog', (parts) => parts.ExportDialog);
export const ImportDialog = laterPart('ImportDialog', (parts) => parts.ImportDialog);
export const ImportProblemsDialog = laterPart('ImportProblemsDialog', (parts) => parts.ImportProblemsDialog);
export const Menu = laterPart('Menu', (parts) => parts.Menu);
export const ProfileFormDialog = laterPart('ProfileFormDialog', (parts) => parts.ProfileFormDialog);
export const RowMenu = laterPart('RowMenu', (parts) => parts.RowMenu);
export const SettingsDialog = laterPart('SettingsDialog', (parts) => parts.SettingsDialog);
export const ShortcutsDialog = laterPart('ShortcutsDialog', (parts) => parts.ShortcutsDialog);
export const EncryptionBanner = laterView('EncryptionBanner', (parts) => parts.EncryptionBanner);
export const StorageNoticesBanner = laterView('StorageNoticesBanner', (parts) => parts.StorageNoticesBanner);
export const ClipboardStrip = laterView('ClipboardStrip', (parts) => parts.ClipboardStrip);
export const DesktopNotices = laterView('DesktopNotices', (parts) => parts.DesktopNotices);
export const FileDropTarget = laterView('FileDropTarget', (parts) => parts.FileDropTarget);
export const UndoShortcut = laterView('UndoShortcut', (parts) => parts.UndoShortcut);
export const ScriptsMarker = laterView('ScriptsMarker', (parts) => parts.ScriptsMarker);
