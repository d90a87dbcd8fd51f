// The profile form's sign-in fields for its kind: client ID and secret (audience under Advanced), or username and password.
import { useState, type FocusEvent } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { secretFieldOf, type TextField } from '../profile-form';
import type { ProfileFormState } from '../use-profile-form';
import { FormField } from './form-field';

interface CredentialFieldsProps {
  readonly form: ProfileFormState;
  /** The saved profile being edited, if any. */
  readonly profile: ProfileView | undefined;
  /** Which change would clear the saved secret on save. */
  readonly clearedBy: 'baseUrl' | 'audience' | null;
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
  const kind = values.kind;
  const secretField = secretFieldOf(kind);
  const showAdvanced = advancedOpen || errors.audience !== undefined || clearedBy === 'audience';
  const secretName = kind === 'password' ? 'password' : 'client secret';

  const principal =
    kind === 'password' ? (
      <FormField field="username" label="Username" hint="The email you sign in to Butlr with." value={values.username} error={errors.username} onChange={change} onBlur={onBlur} />
    ) : (
      <FormField field="clientId" label="Client ID" value={values.clientId} error={errors.clientId} onChange={change} onBlur={onBlur} />
    );

  return (
    <>
      {principal}
      <FormField
        field={secretField}
        label={kind === 'password' ? 'Password' : 'Client secret'}
        type="password"
        hint={secretHint(profile)}
        value={values[secretField]}
        error={errors[secretField]}
        onChange={change}
        onBlur={onBlur}
      />
      {clearedBy && (
        <p className="form-warning" role="status" data-testid="secret-cleared-warning">
          The {clearedBy === 'baseUrl' ? 'base URL' : 'audience'} changed, so saving clears the saved {secretName}: a secret is only ever sent to the server it was entered
          for. Enter it again above, or later from the list.
        </p>
      )}
      {kind === 'client_credentials' && (
        <>
          <button type="button" className="disclosure" aria-expanded={showAdvanced} aria-controls="profile-form-advanced" onClick={() => setAdvancedOpen(!showAdvanced)}>
            Advanced
          </button>
          <div id="profile-form-advanced">
            {showAdvanced && (
              <FormField field="audience" label="Audience" hint="Leave as is unless Butlr support told you otherwise." value={values.audience} error={errors.audience} onChange={change} onBlur={onBlur} />
            )}
          </div>
        </>
      )}
    </>
  );
}
