// The parts of the window that are not on screen at start: every dialog and the details panel. They go to their own
// chunk (see later-part.tsx), which keeps the code the board needs for its first paint small.
export { DetailsPanel } from './details-panel';
export { ExportDialog } from './export-dialog';
export { ImportDialog } from './import-dialog';
export { ProfileFormDialog } from './profile-form-dialog';
export { SettingsDialog } from './settings-dialog';
export { ShortcutsDialog } from './shortcuts-dialog';
