// Asks once before any secret is stored without a keyring: "Store anyway" saves the consent as a setting, "Cancel" saves nothing.
import { useQuery } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { errorMessage } from '../ipc-client';
import { encryptionStatusQuery, useUpdateSettings } from '../queries';
import { useModalDialog } from '../use-modal-dialog';

interface WeakEncryptionConsentProps {
  /** The person agreed and the setting is saved: retry what asked. */
  readonly onAgreed: () => void;
  readonly onCancel: () => void;
}

export function WeakEncryptionConsent({ onAgreed, onCancel }: WeakEncryptionConsentProps) {
  const dialogRef = useModalDialog();
  const titleId = useId();
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
    <dialog
      ref={dialogRef}
      className="dialog dialog-narrow"
      aria-labelledby={titleId}
      aria-describedby={explanationId}
      onCancel={(event) => {
        if (update.isPending) event.preventDefault();
      }}
      onClose={() => (agreed.current ? onAgreed() : onCancel())}
    >
      <div className="profile-form">
        <h2 id={titleId}>Store secrets without a keyring?</h2>
        <div id={explanationId} className="dialog-text">
          <p>
            No keyring was found on this computer (Linux “{backend}” storage), so secrets would only be <strong>obfuscated</strong> with a key anyone can look up, not encrypted. Anyone
            who can read your files could recover them.
          </p>
          <p>To have them encrypted instead, cancel, set up GNOME Keyring or KWallet, and restart the app. If you store anyway, this choice is remembered and the warning stays at the top of the window.</p>
        </div>
        {update.isError && (
          <p className="form-error" role="alert">
            {errorMessage(update.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" disabled={update.isPending} onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="button" className="button button-danger" disabled={update.isPending} aria-busy={update.isPending} onClick={agree}>
            Store anyway
          </button>
        </div>
      </div>
    </dialog>,
    document.body,
  );
}
