// The window's frame: the header with "New profile", the encryption banner, the profile list, the dialog and the toasts.
import { useRef, useState } from 'react';
import { useMainEvents } from '../queries';
import { EncryptionBanner } from './encryption-banner';
import { NewProfileDialog } from './new-profile-dialog';
import { ProfileList } from './profile-list';
import { ToastRegion } from './toast-region';

export function AppShell() {
  useMainEvents();
  const [creating, setCreating] = useState(false);
  const newProfileButton = useRef<HTMLButtonElement>(null);

  return (
    <>
      <header className="app-header">
        <h1>Butlr Credentials</h1>
        <button ref={newProfileButton} type="button" className="button button-primary" onClick={() => setCreating(true)}>
          New profile
        </button>
      </header>
      <main className="app-main">
        <EncryptionBanner />
        <ProfileList />
      </main>
      {creating && (
        <NewProfileDialog
          onClose={() => {
            setCreating(false);
            newProfileButton.current?.focus();
          }}
        />
      )}
      <ToastRegion />
    </>
  );
}
