// The window's frame: the header (Settings, New profile), the list beside the selected profile's details, the dialogs and the toasts.
import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { profileNameButtonId } from '../element-ids';
import { useMainEvents } from '../queries';
import { useMediaQuery } from '../use-media-query';
import { useSettingsShortcut } from '../use-settings-shortcut';
import { EncryptionBanner } from './encryption-banner';
import { NewProfileDialog } from './new-profile-dialog';
import { ProfileList } from './profile-list';
import { SelectedDetails, useSelectedProfile } from './selected-details';
import { SettingsDialog } from './settings-dialog';
import { ToastRegion } from './toast-region';

/** Below this width the details panel covers the list instead of sitting beside it; kept in step with layout.css. */
const NARROW_WINDOW = '(max-width: 899px)';

export function AppShell() {
  useMainEvents();
  const [creating, setCreating] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const newProfileButton = useRef<HTMLButtonElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const narrow = useMediaQuery(NARROW_WINDOW);
  const detailsOpen = useSelectedProfile(selectedId) !== undefined;

  const openSettings = useCallback(() => setSettingsOpen(true), []);
  useSettingsShortcut(openSettings);

  const closeDetails = useCallback(() => {
    // flushSync: the list must be out of `inert` before focus goes back to the row the details belonged to.
    flushSync(() => setSelectedId(null));
    if (selectedId !== null) document.getElementById(profileNameButtonId(selectedId))?.focus();
  }, [selectedId]);
  const toggleDetails = useCallback((id: string) => setSelectedId((current) => (current === id ? null : id)), []);

  return (
    <div className={detailsOpen ? 'app-frame app-frame-details' : 'app-frame'}>
      <header className="app-header">
        <h1>Butlr Credentials</h1>
        <div className="app-header-actions">
          <button ref={settingsButton} type="button" className="button" aria-keyshortcuts="Control+Comma Meta+Comma" onClick={openSettings}>
            Settings
          </button>
          <button ref={newProfileButton} type="button" className="button button-primary" onClick={() => setCreating(true)}>
            New profile
          </button>
        </div>
      </header>
      <main className="app-main">
        {/* While the panel covers the list on a narrow window, the list leaves the keyboard's path too. */}
        <div className="app-list" inert={detailsOpen && narrow}>
          <EncryptionBanner />
          <ProfileList selectedId={selectedId} onSelect={setSelectedId} onToggle={toggleDetails} />
        </div>
        <SelectedDetails selectedId={selectedId} overlay={narrow} onClose={closeDetails} />
      </main>
      {creating && (
        <NewProfileDialog
          onClose={() => {
            setCreating(false);
            newProfileButton.current?.focus();
          }}
        />
      )}
      {settingsOpen && (
        <SettingsDialog
          onClose={() => {
            setSettingsOpen(false);
            settingsButton.current?.focus();
          }}
        />
      )}
      <ToastRegion />
    </div>
  );
}
