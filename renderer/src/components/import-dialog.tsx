// The "Import profiles" dialog: what the chosen file holds, a passphrase when its secrets are sealed, a choice per name clash.
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ClashDecision, ImportPreview } from '../../../shared/transfer';
import { errorMessage } from '../ipc-client';
import { encryptionStatusQuery, settingsQuery, useCancelImport, useFinishImport } from '../queries';
import { showToast } from '../toast-store';
import { describeImportOutcome } from '../transfer-text';
import { ImportTable } from './import-table';
import { ImportUnlock } from './import-unlock';
import { ModalDialog } from './modal-dialog';
import { WeakEncryptionConsent } from './weak-encryption-consent';

interface ImportDialogProps {
  readonly preview: ImportPreview;
  readonly onClose: () => void;
}

/** Every clash starts as "rename": nothing is overwritten unless the person says so. */
function initialDecisions(preview: ImportPreview): Record<string, ClashDecision> {
  return Object.fromEntries(preview.profiles.filter((profile) => profile.clashesWith !== null).map((profile) => [String(profile.index), 'rename' as const]));
}

function describeSecrets(preview: ImportPreview): string | null {
  if (preview.secrets === 'locked') return null;
  if (preview.secrets === 'none') return 'This file carries no secrets: enter each profile’s secret after importing.';
  return 'Secrets are included; they are encrypted on this computer as they are imported.';
}

export function ImportDialog({ preview: firstPreview, onClose }: ImportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState(firstPreview);
  const [decisions, setDecisions] = useState(() => initialDecisions(firstPreview));
  const [formError, setFormError] = useState<string | null>(null);
  const [askingConsent, setAskingConsent] = useState(false);
  const finished = useRef(false);
  const finish = useFinishImport();
  const cancel = useCancelImport();
  const { data: status } = useQuery(encryptionStatusQuery());
  const { data: settings } = useQuery(settingsQuery());

  const bringsSecrets = preview.profiles.some((profile) => profile.hasSecret && decisions[String(profile.index)] !== 'skip');
  // Asked before, not after: main stops at the first secret it may not store, with part of the file already imported.
  const needsConsent = bringsSecrets && status?.weak === true && settings?.allowWeakEncryption !== true;

  function runImport(): void {
    setFormError(null);
    finish.mutate(
      { importId: preview.importId, decisions },
      {
        onSuccess: (outcome) => {
          finished.current = true;
          showToast('status', describeImportOutcome(outcome));
          dialogRef.current?.close();
        },
        // Main's message says what was imported before a failure; the list behind the dialog shows it too.
        onError: (error) => setFormError(errorMessage(error)),
      },
    );
  }

  const secretsNote = describeSecrets(preview);
  const count = preview.profiles.length;
  return (
    <>
      <ModalDialog
        dialogRef={dialogRef}
        title="Import profiles"
        className="dialog-wide"
        intro={
          <>
            <span className="mono">{preview.fileName}</span> ({preview.source === 'env' ? 'a .env file' : 'an export'}) holds {count} {count === 1 ? 'profile' : 'profiles'}.
          </>
        }
        error={formError}
        busy={finish.isPending}
        onClose={() => {
          // Closed without importing: main forgets the file and any secrets it opened.
          if (!finished.current) cancel.mutate(preview.importId);
          onClose();
        }}
        actions={
          <>
            <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
              Cancel
            </button>
            <button type="button" className="button button-primary" aria-busy={finish.isPending} onClick={() => (needsConsent ? setAskingConsent(true) : runImport())}>
              Import
            </button>
          </>
        }
      >
        {preview.secrets === 'locked' ? <ImportUnlock importId={preview.importId} onUnlocked={setPreview} /> : <p>{secretsNote}</p>}
        <ImportTable preview={preview} decisions={decisions} onDecide={(index, decision) => setDecisions((current) => ({ ...current, [String(index)]: decision }))} />
      </ModalDialog>
      {/* Beside the dialog, not inside it: React would hand the consent dialog's close event on to this one's onClose. */}
      {askingConsent && (
        <WeakEncryptionConsent
          onAgreed={() => {
            setAskingConsent(false);
            runImport();
          }}
          onCancel={() => {
            setAskingConsent(false);
            setFormError('Nothing was imported. Without a keyring, secrets are stored only if you agree to them being obfuscated rather than encrypted.');
          }}
        />
      )}
    </>
  );
}
