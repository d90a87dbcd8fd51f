// The window's header: the app's name, and Import…, Export…, Settings and New profile.
import type { ImportPreview } from '../../../shared/transfer';
import { NEW_PROFILE_BUTTON_ID } from '../element-ids';
import { errorMessage } from '../ipc-client';
import { useStartImport } from '../queries';
import { showToast } from '../toast-store';

interface AppHeaderProps {
  /** The file the person chose has been read: show what it holds. */
  readonly onImportPreview: (preview: ImportPreview) => void;
  readonly onExport: () => void;
  readonly onSettings: () => void;
  readonly onNewProfile: () => void;
}

export function AppHeader({ onImportPreview, onExport, onSettings, onNewProfile }: AppHeaderProps) {
  const startImport = useStartImport();
  // Main shows the open dialog; null means the person cancelled it, which needs no comment.
  const chooseImportFile = (): void =>
    startImport.mutate(undefined, {
      onSuccess: (preview) => preview && onImportPreview(preview),
      onError: (error) => showToast('alert', errorMessage(error)),
    });

  return (
    <header className="app-header">
      <h1>Butlr Credentials</h1>
      <div className="app-header-actions">
        <button type="button" className="button" disabled={startImport.isPending} aria-busy={startImport.isPending} onClick={chooseImportFile}>
          Import…
        </button>
        <button type="button" className="button" onClick={onExport}>
          Export…
        </button>
        <button type="button" className="button" aria-keyshortcuts="Control+Comma Meta+Comma" onClick={onSettings}>
          Settings
        </button>
        <button id={NEW_PROFILE_BUTTON_ID} type="button" className="button button-primary" onClick={onNewProfile}>
          New profile
        </button>
      </div>
    </header>
  );
}
