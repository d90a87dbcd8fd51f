// Asks once before any secret is stored without a keyring: "Store anyway" saves the consent as a setting, "Cancel" saves nothing.
import { useQuery } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { errorMessage } from '../ipc-client';
import { encryptionStatusQuery, useUpdateSettings } from '../queries';
import { ModalDialog } from './modal-dialog';

interface WeakEncryptionConsentProps {
  /** The person agreed and the setting is saved: retry what asked. */
  readonly onAgreed: () => void;
  readonly onCancel: () => void;
}

export function WeakEncryptionConsent({ onAgreed, onCancel }: WeakEncryptionConsentProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const explanationId = useId();
  const agreed = useRef(false);
  const update = useUpdateSettings();
  const { data: status } = useQuery(encryptionStatusQuery());
  const backend = status?.backend ?? 'basic_text';

  const agree = (): void =>
    update.mutate(
      { allowWeakEncryption: true },
      {
        onSuccess: () => {
          agreed.current = true;
          dialogRef.current?.close();
        },
      },
    );

  // Rendered on <body>: this dialog opens over another modal one, and must not sit inside that one's form.
  return createPortal(
    <ModalDialog
      dialogRef={dialogRef}
      title="Store secrets without a keyring?"
      className="dialog-narrow"
      describedBy={explanationId}
      error={update.isError ? errorMessage(update.error) : null}
      busy={update.isPending}
      onClose={() => (agreed.current ? onAgreed() : onCancel())}
      actions={
        <>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="button" className="button button-danger" aria-busy={update.isPending} onClick={agree}>
            Store anyway
          </button>
        </>
      }
    >
      <div id={explanationId} className="dialog-text">
        <p>
          No keyring was found on this computer (Linux “{backend}” storage), so secrets would only be <strong>obfuscated</strong> with a key anyone can look up, not encrypted. Anyone who
          can read your files could recover them.
        </p>
        <p>To have them encrypted instead, cancel, set up GNOME Keyring or KWallet, and restart the app. If you store anyway, this choice is remembered and the warning stays at the top of the window.</p>
      </div>
    </ModalDialog>,
    document.body,
  );
}
