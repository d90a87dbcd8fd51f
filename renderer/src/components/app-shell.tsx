// The window's frame: the header, the list beside the selected profile's details, the dialogs, the toasts and the clipboard strip.
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { MenuCommand } from '../../../shared/menu-command';
import { NEW_PROFILE_BUTTON_ID, profileNameButtonId } from '../element-ids';
import { useBoardKeyboard, type BoardNavigation } from '../use-board-keyboard';
import { useImportFile, type ImportView } from '../use-import-file';
import { useMediaQuery } from '../use-media-query';
import { useMenuCommands } from '../use-menu-commands';
import { useSettingsShortcut } from '../use-settings-shortcut';
import { AppHeader } from './app-header';
import { preloadVirtualBoard } from './board-rows';
import { ClipboardStrip, DesktopNotices, EncryptionBanner, ExportDialog, FileDropTarget, ImportDialog, ImportProblemsDialog, preloadLaterParts, ProfileFormDialog, SettingsDialog, ShortcutsDialog, StorageNoticesBanner } from './later-part';
import { ToastRegion } from './toast-region';
import { ProfileList } from './profile-list';
import { SelectedDetails, useSelectedProfile } from './selected-details';

/** Below this width the details panel covers the list instead of sitting beside it; kept in step with layout.css. */
const NARROW_WINDOW = '(max-width: 899px)';

/** The profile form: a new profile (`profileId` null) or a saved one, opened at its secret field when that is what it needs. */
type FormTarget = { readonly profileId: string | null; readonly focusSecret: boolean };

/**
 * A closing <dialog> gives focus back to what opened it. When that is gone (an "Enter secret" button disappears once the
 * secret is saved), continue from `fallbackId` rather than the top of the page.
 */
function keepFocusInPlace(fallbackId: string): void {
  requestAnimationFrame(() => {
    if (document.activeElement === null || document.activeElement === document.body) document.getElementById(fallbackId)?.focus();
  });
}

export function AppShell() {
  // After the first paint: the board shows without waiting for the dialogs' code.
  // Right after the first paint: the virtualized board first (the profiles are on their way), then the dialogs.
  useEffect(() => {
    preloadVirtualBoard();
    preloadLaterParts();
  }, []);
  const [form, setForm] = useState<FormTarget | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [importView, setImportView] = useState<ImportView | null>(null);
  const [exporting, setExporting] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const narrow = useMediaQuery(NARROW_WINDOW);
  const detailsOpen = useSelectedProfile(selectedId) !== undefined;
  const editing = useSelectedProfile(form?.profileId ?? null);

  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  useSettingsShortcut(openSettings);
  const openNewProfile = (): void => setForm({ profileId: null, focusSecret: false });
  const importFile = useImportFile(setImportView);
  const menuActions: Record<MenuCommand, () => void> = { newProfile: openNewProfile, import: importFile.chooseFile, export: () => setExporting(true), settings: openSettings };
  useMenuCommands((command) => menuActions[command]());
  const navigationRef = useRef<BoardNavigation>(null);
  const [currentId, setCurrentId] = useBoardKeyboard({ selectedId, navigationRef, onNewProfile: openNewProfile, onShowShortcuts: () => setShortcutsOpen(true) });

  const closeDetails = useCallback(() => {
    // flushSync: the list must be out of `inert` before focus goes back to the row the details belonged to.
    flushSync(() => setSelectedId(null));
    if (selectedId !== null) document.getElementById(profileNameButtonId(selectedId))?.focus();
  }, [selectedId]);
  const toggleDetails = useCallback(
    (id: string) => {
      setCurrentId(id);
      setSelectedId((current) => (current === id ? null : id));
    },
    [setCurrentId],
  );
  const openEdit = useCallback((profileId: string, focusSecret: boolean) => setForm({ profileId, focusSecret }), []);

  const closeImport = (): void => {
    setImportView(null);
    keepFocusInPlace(NEW_PROFILE_BUTTON_ID);
  };

  // Saving lands on what was saved: as the form closes, its row becomes the keyboard's row, scrolled into view and focused,
  // so Enter copies its token rather than opening another form. Main has answered, and the list been refetched, by then.
  const savedId = useRef<string | null>(null);
  const closeForm = (): void => {
    const landOn = savedId.current;
    savedId.current = null;
    // After a save, the board renders the list as refetched before it is asked for the row.
    if (landOn === null) setForm(null);
    else flushSync(() => setForm(null));
    const board = navigationRef.current;
    if (landOn !== null && board?.rowIds().includes(landOn)) {
      setCurrentId(landOn);
      board.reveal(landOn);
      return;
    }
    // Cancelled, or hidden by the search: focus stays where the form was opened from.
    keepFocusInPlace(form?.profileId ? profileNameButtonId(form.profileId) : NEW_PROFILE_BUTTON_ID);
  };

  return (
    <div className={detailsOpen ? 'app-frame app-frame-details' : 'app-frame'}>
      <AppHeader onImport={importFile.chooseFile} importing={importFile.pending} onExport={() => setExporting(true)} onSettings={openSettings} onNewProfile={openNewProfile} />
      <main className="app-main">
        {/* While the panel covers the list on a narrow window, the list leaves the keyboard's path too. */}
        <div className="app-list" inert={detailsOpen && narrow}>
          <StorageNoticesBanner />
          <EncryptionBanner />
          <ProfileList selectedId={selectedId} currentId={currentId} onSelect={setCurrentId} onToggle={toggleDetails} onEdit={openEdit} navigationRef={navigationRef} />
        </div>
        <SelectedDetails selectedId={selectedId} overlay={narrow} onClose={closeDetails} />
      </main>
      {/* Keyed by profile, so editing another one starts from its own values. */}
      {form && (form.profileId === null || editing) && <ProfileFormDialog key={form.profileId ?? 'new'} profile={editing} focusSecret={form.focusSecret} onSaved={(saved) => (savedId.current = saved.id)} onClose={closeForm} />}
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      {importView?.kind === 'preview' && <ImportDialog key={importView.preview.importId} preview={importView.preview} onClose={closeImport} />}
      {/* Keyed by attempt: another file's problems open afresh, read out from the top. */}
      {importView?.kind === 'problems' && (
        <ImportProblemsDialog
          key={importView.attempt}
          message={importView.message}
          problems={importView.problems}
          choosing={importFile.pending}
          onChooseAnother={importFile.chooseFile}
          onClose={closeImport}
        />
      )}
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      <FileDropTarget onFile={importFile.importDropped} />
      <ToastRegion />
      <ClipboardStrip />
      <DesktopNotices />
    </div>
  );
}
