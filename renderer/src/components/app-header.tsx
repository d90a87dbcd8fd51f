// The window's header: the app's name, and Import…, Export…, Settings and New profile.
import { NEW_PROFILE_BUTTON_ID } from '../element-ids';

interface AppHeaderProps {
  /** Asks main to show the open dialog; what the file holds (or what is wrong with it) opens the import dialog. */
  readonly onImport: () => void;
  /** A file is being read. */
  readonly importing: boolean;
  readonly onExport: () => void;
  readonly onSettings: () => void;
  readonly onNewProfile: () => void;
}

export function AppHeader({ onImport, importing, onExport, onSettings, onNewProfile }: AppHeaderProps) {
  return (
    <header className="app-header">
      <h1>Butlr Credentials</h1>
      <div className="app-header-actions">
        <button type="button" className="button" disabled={importing} aria-busy={importing} onClick={onImport}>
          Import…
        </button>
        <button type="button" className="button" onClick={onExport}>
          Export…
        </button>
        <button type="button" className="button" aria-keyshortcuts="Control+Comma Meta+Comma" onClick={onSettings}>
          Settings
        </button>
        <button id={NEW_PROFILE_BUTTON_ID} type="button" className="button button-primary" aria-keyshortcuts="Control+N Meta+N" onClick={onNewProfile}>
          New profile
        </button>
      </div>
    </header>
  );
}
