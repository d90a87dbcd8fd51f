// The Settings dialog: opens modal, shows the form once main's settings have loaded, closes with Esc, Cancel or a save.
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { errorMessage } from '../ipc-client';
import { settingsQuery } from '../queries';
import { useModalDialog } from '../use-modal-dialog';
import { SettingsForm } from './settings-dialog-form';

export function SettingsDialog({ onClose }: { readonly onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { data: settings, error } = useQuery(settingsQuery());
  const close = (): void => dialogRef.current?.close();
  // Not a ModalDialog: its heading, error and actions are the settings form's own once the settings have loaded.
  useModalDialog(dialogRef);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="settings-title" onClose={onClose}>
      {settings ? (
        <SettingsForm initial={settings} onCancel={close} onSaved={close} />
      ) : (
        <div className="profile-form">
          <h2 id="settings-title">Settings</h2>
          <p className={error ? 'form-error' : 'muted'}>{error ? errorMessage(error) : 'Loading settings…'}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close}>
              Close
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
