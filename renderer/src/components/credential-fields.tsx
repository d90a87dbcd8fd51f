// The profile form's sign-in fields for its kind, in the order they are filled: client ID (or username), then the secret
// with its reveal toggle and Test on one line, what Test found right under it, and where the secret comes from (typed
// here, or a team secret manager: then the reference's inputs take the secret's place). The kind's rarely changed fields (the
// audience) are under Advanced, with the base URL (profile-form-dialog.tsx).
import type { ClipboardEvent, FocusEvent } from 'react';
import { factsOf, type CredentialFieldName } from '../../../shared/credentials/credential-kinds';
import type { ProfileView } from '../../../shared/profile';
import type { FormPurpose, TextField } from '../profile-form';
import { secretHint } from '../profile-form-words';
import type { ProfileFormState } from '../use-profile-form';
import type { ProfileTestState } from '../use-profile-test';
import { FormField } from './form-field';
import { SecretField } from './secret-field';
import { ReferenceFields, SecretSourceSelect, useSecretSourceChoice } from './secret-source-fields';

interface CredentialFieldsProps {
  readonly form: ProfileFormState;
  /** The saved profile being edited, if any. */
  readonly profile: ProfileView | undefined;
  /** Why the form is open: the secret's hint differs when the person came to enter or update it. */
  readonly purpose: FormPurpose;
  /** Which change would clear the saved secret on save. */
  readonly clearedBy: 'baseUrl' | CredentialFieldName | null;
  /** Which change asks to confirm the secret reference again on save. */
  readonly reconfirmedBy: 'baseUrl' | CredentialFieldName | null;
  readonly test: ProfileTestState;
  readonly revealed: boolean;
  readonly onReveal: (revealed: boolean) => void;
  /** What the last paste did, and into which field. */
  readonly pasted: { readonly field: TextField; readonly note: string } | null;
  readonly onPaste: (field: TextField, event: ClipboardEvent<HTMLInputElement>) => void;
  readonly onBlur: (field: TextField, event: FocusEvent<HTMLElement>) => void;
}

const TEST_NOTE_ID = 'profile-test-note';

export function CredentialFields({ form, profile, purpose, clearedBy, reconfirmedBy, test, revealed, onReveal, pasted, onPaste, onBlur }: CredentialFieldsProps) {
  const { values, errors, change } = form;
  // Which inputs there are and their words: the kind's module says (shared/credentials/).
  const { fields, secret } = factsOf(values.kind);
  const nameOf = (key: typeof clearedBy): string | undefined => (key === 'baseUrl' ? 'base URL' : fields.find((field) => field.key === key)?.name);
  const clearedName = nameOf(clearedBy);
  const pastedInto = (field: TextField): string | null => (pasted?.field === field ? pasted.note : null);
  const choice = useSecretSourceChoice(form);
  const testAction = (
    <button type="button" className="button" data-form-action disabled={test.disabled} aria-busy={test.pending} aria-describedby={TEST_NOTE_ID} onClick={test.run}>
      Test
    </button>
  );
  const testOutcome = (
    <p id={TEST_NOTE_ID} className={`profile-test-note profile-test-${test.result.tone}`} role="status">
      {test.result.tone === 'failed' && <strong>Test failed: </strong>}
      {test.result.text}
    </p>
  );

  return (
    <>
      {fields
        .filter((field) => !field.advanced)
        .map((field) => (
          <FormField
            key={field.key}
            field={field.key}
            label={field.label}
            hint={field.hint}
            value={values[field.key]}
            error={errors[field.key]}
            onChange={change}
            onBlur={onBlur}
            {...(field.machineMade && { onPaste, pasted: pastedInto(field.key) })}
          />
        ))}
      {values.secretSource === 'stored' ? (
        <SecretField
          field={secret.key}
          label={secret.label}
          name={secret.name}
          value={values[secret.key]}
          error={errors[secret.key]}
          hint={secretHint(profile, { purpose, clearedBy: clearedName ?? null })}
          revealed={revealed}
          onReveal={onReveal}
          pasted={pastedInto(secret.key)}
          onChange={change}
          onBlur={onBlur}
          onPaste={onPaste}
          action={testAction}
          outcome={testOutcome}
        />
      ) : (
        <ReferenceFields form={form} lookup={choice.lookup} onBlur={onBlur} action={testAction} outcome={testOutcome} reconfirm={nameOf(reconfirmedBy) ?? null} />
      )}
      {/* Right under the secret (or the reference that takes its place): where it comes from. */}
      <SecretSourceSelect form={form} choice={choice} secretName={secret.name} />
      {clearedBy && (
        <p className="form-warning" role="status" data-testid="secret-cleared-warning">
          The {clearedName} changed, so saving clears the saved {secret.name}: a secret is only ever sent to the server it was entered
          for. Enter it again above, or later from the list.
        </p>
      )}
    </>
  );
}
