// The parts of the window that are not on screen at start: every dialog, the details panel, the menus, the delete question,
// the banners (which show only when something is wrong, and then a moment after the first paint), the clipboard strip
// (empty until something is copied, and its live region in place long before), a row's Scripts marker (shown only while
// a script holds a grant), the file drop target, and the undo shortcut (only a delete, itself from here, offers Undo).
// Not the toasts: they are how a failure to load this chunk is told. Their own chunk (see later-part.tsx) keeps what the
// first paint loads small.
import '../styles/later.css';

export { ClipboardStrip } from './clipboard-strip';
export { DeleteConfirmation } from './delete-confirmation';
export { DesktopNotices } from './desktop-notices';
export { DetailsPanel } from './details-panel';
export { EncryptionBanner } from './encryption-banner';
export { ExportDialog } from './export-dialog';
export { FileDropTarget } from './file-drop-target';
export { ImportDialog } from './import-dialog';
export { ImportProblemsDialog } from './import-problems-dialog';
export { Menu } from './menu';
export { ProfileFormDialog } from './profile-form-dialog';
export { RowMenu } from './row-menu';
export { ScriptsMarker } from './scripts-marker';
export { SettingsDialog } from './settings-dialog';
export { StorageNoticesBanner } from './storage-notices-banner';
export { ShortcutsDialog } from './shortcuts-dialog';
export { UndoShortcut } from './undo-shortcut';
