// The import dialog's passphrase step: the file's secrets are sealed; the right passphrase opens them, a wrong one says so here.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ImportPreview } from '../../../shared/transfer';
import { errorMessage } from '../ipc-client';
import { useUnlockImport } from '../queries';
import { FormField } from './form-field';

interface ImportUnlockProps {
  readonly importId: string;
  readonly onUnlocked: (preview: ImportPreview) => void;
}

export function ImportUnlock({ importId, onUnlocked }: ImportUnlockProps) {
  const unlock = useUnlockImport();
  const formRef = useRef<HTMLFormElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const focusPassphrase = (): void => formRef.current?.querySelector<HTMLInputElement>('input[name="passphrase"]')?.focus();
  useEffect(focusPassphrase, []);

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (unlock.isPending) return;
    if (passphrase === '') {
      setError('Enter the passphrase the file was exported with.');
      return focusPassphrase();
    }
    unlock.mutate(
      { importId, passphrase },
      {
        onSuccess: onUnlocked,
        onError: (failure) => {
          // A wrong passphrase belongs beside the field; anything else (the import expired) too, as it is the only field here.
          setError(errorMessage(failure));
          focusPassphrase();
        },
      },
    );
  }

  return (
    <form ref={formRef} className="unlock-form" noValidate onSubmit={handleSubmit}>
      <p>The secrets in this file are encrypted with a passphrase. Enter it to import them too, or import without them and enter each secret later.</p>
      <fieldset disabled={unlock.isPending} className="unlock-fields">
        <FormField field="passphrase" label="Passphrase" type="password" value={passphrase} error={error} onChange={(_field, value) => setPassphrase(value)} onBlur={() => {}} />
        <button type="submit" className="button" aria-busy={unlock.isPending}>
          Unlock
        </button>
      </fieldset>
    </form>
  );
}
