// The parts of the window that are not on screen at start: every dialog, the details panel and the menus. They go to their own
// chunk (see later-part.tsx), which keeps the code the board needs for its first paint small.
export { DetailsPanel } from './details-panel';
export { ExportDialog } from './export-dialog';
export { ImportDialog } from './import-dialog';
export { ImportProblemsDialog } from './import-problems-dialog';
export { Menu } from './menu';
export { ProfileFormDialog } from './profile-form-dialog';
export { RowMenu } from './row-menu';
export { SettingsDialog } from './settings-dialog';
export { ShortcutsDialog } from './shortcuts-dialog';
