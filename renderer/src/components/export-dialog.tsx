// The "Export profiles" dialog: without secrets (safe to share) or with them sealed under a passphrase; main asks where to save.
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { checkPassphrase, PASSPHRASE_MIN_LENGTH, type ExportErrors, type ExportField } from '../export-form';
import { IpcError, errorMessage } from '../ipc-client';
import { profilesQuery, useExportProfiles } from '../queries';
import { showToast } from '../toast-store';
import { describeExport } from '../transfer-text';
import { FormField } from './form-field';
import { ModalDialog } from './modal-dialog';
import { RadioOption } from './radio-option';

type Contents = 'metadata' | 'secrets';

const CHOICES: readonly { readonly value: Contents; readonly label: string; readonly hint: string }[] = [
  { value: 'metadata', label: 'Without secrets (safe to share)', hint: 'For the team: names, base URLs, client IDs, usernames, notes, tags, colours, and where a secret is read from (its secret manager reference). Typed secrets are entered again after import.' },
  { value: 'secrets', label: 'With secrets, encrypted with a passphrase', hint: 'To move your profiles to another computer. Without the passphrase the secrets cannot be recovered.' },
];

/** With no profile yet there is nothing to save: the dialog says so, and where profiles come from, instead of writing an empty file. */
function NothingToExport({ onClose }: { readonly onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  return (
    <ModalDialog
      dialogRef={dialogRef}
      title="Export profiles"
      intro="There are no profiles to export yet. Add one with New profile, or bring some in with Import… first."
      onSubmit={(event) => {
        event.preventDefault();
        dialogRef.current?.close();
      }}
      onClose={onClose}
      actions={
        <button type="submit" className="button button-primary">
          Close
        </button>
      }
    />
  );
}

export function ExportDialog({ onClose }: { readonly onClose: () => void }) {
  const { data: profiles } = useQuery(profilesQuery());
  return profiles?.length === 0 ? <NothingToExport onClose={onClose} /> : <ExportForm onClose={onClose} />;
}

function ExportForm({ onClose }: { readonly onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const exportProfiles = useExportProfiles();
  const [contents, setContents] = useState<Contents>('metadata');
  const [values, setValues] = useState<Record<ExportField, string>>({ passphrase: '', repeat: '' });
  const [errors, setErrors] = useState<ExportErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const focus = (field: ExportField): void => formRef.current?.querySelector<HTMLInputElement>(`[name="${field}"]`)?.focus();
  const change = (field: ExportField, value: string): void => setValues((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (exportProfiles.isPending) return;
    const problems = contents === 'secrets' ? checkPassphrase(values.passphrase, values.repeat) : {};
    flushSync(() => {
      setErrors(problems);
      setFormError(null);
    });
    const invalid = (['passphrase', 'repeat'] as const).find((field) => problems[field] !== undefined);
    if (invalid) return focus(invalid);
    exportProfiles.mutate(contents === 'secrets' ? values.passphrase : undefined, {
      onSuccess: ({ savedTo, count }) => {
        // null: the person cancelled the save dialog; the choice here stays as it was.
        if (savedTo === null) return;
        showToast('status', describeExport(count, savedTo));
        dialogRef.current?.close();
      },
      onError: (error) => {
        if (error instanceof IpcError && error.field === 'passphrase') {
          flushSync(() => setErrors({ passphrase: error.message }));
          focus('passphrase');
        } else {
          setFormError(errorMessage(error));
        }
      },
    });
  }

  return (
    <ModalDialog
      dialogRef={dialogRef}
      title="Export profiles"
      intro="Saves every profile to a JSON file you choose next; Import… reads it back, here or on another computer."
      error={formError}
      busy={exportProfiles.isPending}
      onSubmit={handleSubmit}
      formRef={formRef}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" aria-busy={exportProfiles.isPending}>
            Export
          </button>
        </>
      }
    >
      <fieldset className="choice-field">
        <legend>What to export</legend>
        <div className="choice-options choice-options-stacked">
          {CHOICES.map((choice) => (
            <RadioOption key={choice.value} name="contents" {...choice} checked={contents === choice.value} onChange={() => setContents(choice.value)} />
          ))}
        </div>
      </fieldset>
      {contents === 'secrets' && (
        <>
          <FormField
            field="passphrase"
            label="Passphrase"
            type="password"
            autoComplete="new-password"
            hint={`At least ${PASSPHRASE_MIN_LENGTH} characters. You will need it to import the file.`}
            value={values.passphrase}
            error={errors.passphrase}
            onChange={change}
            onBlur={() => {}}
          />
          <FormField field="repeat" label="Repeat passphrase" type="password" autoComplete="new-password" value={values.repeat} error={errors.repeat} onChange={change} onBlur={() => {}} />
        </>
      )}
    </ModalDialog>
  );
}
