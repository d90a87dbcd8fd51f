// The profile form's sign-in fields for its kind: client ID and secret (audience under Advanced), or username and password.
import { useState, type FocusEvent } from 'react';
import { factsOf, type CredentialFieldName } from '../../../shared/credentials/credential-kinds';
import type { ProfileView } from '../../../shared/profile';
import type { TextField } from '../profile-form';
import type { ProfileFormState } from '../use-profile-form';
import { FormField } from './form-field';

interface CredentialFieldsProps {
  readonly form: ProfileFormState;
  /** The saved profile being edited, if any. */
  readonly profile: ProfileView | undefined;
  /** Which change would clear the saved secret on save. */
  readonly clearedBy: 'baseUrl' | CredentialFieldName | null;
  readonly onBlur: (field: TextField, event: FocusEvent<HTMLElement>) => void;
}

function secretHint(profile: ProfileView | undefined): string | undefined {
  if (!profile) return undefined;
  if (profile.secret === 'missing') return 'No secret is saved. Enter it to get tokens again.';
  if (profile.secret === 'unreadable') return 'The saved secret cannot be decrypted on this computer. Enter it again.';
  if (profile.secret === 'server_changed') return 'The server changed outside the app; enter the secret again.';
  return 'Leave empty to keep the saved secret.';
}

export function CredentialFields({ form, profile, clearedBy, onBlur }: CredentialFieldsProps) {
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const { values, errors, change } = form;
  // Which inputs there are, their words and which are under Advanced: the kind's module says (shared/credentials/).
  const { fields, secret } = factsOf(values.kind);
  const shown = fields.filter((field) => !field.advanced);
  const advanced = fields.filter((field) => field.advanced);
  const showAdvanced = advancedOpen || advanced.some((field) => errors[field.key] !== undefined || clearedBy === field.key);
  const clearedName = clearedBy === 'baseUrl' ? 'base URL' : fields.find((field) => field.key === clearedBy)?.name;
  const fieldFor = (field: (typeof fields)[number]) => (
    <FormField key={field.key} field={field.key} label={field.label} hint={field.hint} value={values[field.key]} error={errors[field.key]} onChange={change} onBlur={onBlur} />
  );

  return (
    <>
      {shown.map(fieldFor)}
      <FormField
        field={secret.key}
        label={secret.label}
        type="password"
        hint={secretHint(profile)}
        value={values[secret.key]}
        error={errors[secret.key]}
        onChange={change}
        onBlur={onBlur}
      />
      {clearedBy && (
        <p className="form-warning" role="status" data-testid="secret-cleared-warning">
          The {clearedName} changed, so saving clears the saved {secret.name}: a secret is only ever sent to the server it was entered
          for. Enter it again above, or later from the list.
        </p>
      )}
      {advanced.length > 0 && (
        <>
          <button type="button" className="disclosure" aria-expanded={showAdvanced} aria-controls="profile-form-advanced" onClick={() => setAdvancedOpen(!showAdvanced)}>
            Advanced
          </button>
          <div id="profile-form-advanced">{showAdvanced && advanced.map(fieldFor)}</div>
        </>
      )}
    </>
  );
}
