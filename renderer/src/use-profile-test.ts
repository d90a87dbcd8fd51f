// The profile form's Test: signs in once with the typed credentials, and keeps what it found for exactly those credentials:
// the words shown beside the button, the handle of the token main now holds, which Save hands back so the profile starts
// with it, and for a custom command the handle of the person's "Run it", so Save does not ask again. Any edit to the
// credentials or the command makes them stale; the name, notes and the like do not.
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { inputsOf } from '../../shared/credentials/credential-kinds';
import type { ProfileView } from '../../shared/profile';
import { errorMessage, IpcError } from './ipc-client';
import { formFieldOf, pointsAtAddress, secretFieldOf, type FieldErrors, type ProfileFormValues } from './profile-form';
import { secretClearedBy } from './profile-form-verdict';
import { testWaitingText } from './profile-form-words';
import { referenceOf } from './secret-source-form';
import { useTestProfile, useTestReferenceProfile } from './settings-queries';
import { formatLifetime } from './time-format';
import type { ProfileFormState } from './use-profile-form';

export type TestTone = 'idle' | 'ok' | 'failed';

export interface ProfileTestState {
  readonly pending: boolean;
  /** Test needs a typed secret when editing: the saved one never leaves main. */
  readonly disabled: boolean;
  /** What to show beside the button for the credentials as they are now. */
  readonly result: { readonly tone: TestTone; readonly text: string };
  /** The handle of the token the last successful Test fetched, while the credentials are still the ones it tested. */
  readonly testedToken: string | undefined;
  /** The handle of the custom command the person allowed on that Test, on the same terms: Save is not asked about it again. */
  readonly allowedCommand: string | undefined;
  run(): void;
}

type Outcome = { readonly key: string; readonly tone: 'ok' | 'failed'; readonly text: string; readonly testedToken?: string; readonly allowedCommand?: string };
type Tested = { readonly expiresAt: number | null; readonly testedToken: string | null; readonly allowedCommand?: string | null };

/** Everything a sign-in depends on: the kind, the base URL and the kind's inputs, secret included. */
function credentialsKey(values: ProfileFormValues): string {
  return JSON.stringify([values.kind, values.baseUrl, ...inputsOf(values.kind).map((input) => values[input.key]), referenceOf(values)]);
}

function successText(expiresAt: number | null, kept: boolean): string {
  const found = expiresAt === null ? 'Signed in — these details work.' : `Signed in — token valid for ${formatLifetime(expiresAt - Date.now())}.`;
  return kept ? `${found} Saving keeps it.` : found;
}

/**
 * `onInvalid`: the form's checks or main found these fields wrong (their messages are already shown beside them).
 * `onAddressFailure`: the sign-in failed in a way that says to check the base URL, which the form should show.
 */
export function useProfileTest(form: ProfileFormState, profile: ProfileView | undefined, onInvalid: (errors: FieldErrors) => void, onAddressFailure: () => void): ProfileTestState {
  const testTyped = useTestProfile();
  const testReference = useTestReferenceProfile();
  const test = form.values.secretSource === 'stored' ? testTyped : testReference;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { values } = form;
  // A reference is in the form for all to read, so it can be tested while editing; a saved secret never leaves main.
  const disabled = profile !== undefined && values.secretSource === 'stored' && values[secretFieldOf(profile.kind)] === '';
  const current = outcome !== null && outcome.key === credentialsKey(values) ? outcome : null;

  const idleText = profile && disabled
    ? testWaitingText(profile, values.kind, secretClearedBy(values, profile))
    : values.secretSource === 'stored'
      ? 'Signs in once with these details.'
      : 'Reads the secret once and signs in with it.';
  const result = test.isPending ? { tone: 'idle' as const, text: 'Signing in…' } : current ? { tone: current.tone, text: current.text } : { tone: 'idle' as const, text: idleText };

  function run(): void {
    if (test.isPending || disabled) return;
    setOutcome(null);
    const verdict = flushSync(() => form.validateForTest());
    if (!verdict.ok) return onInvalid(verdict.errors);
    if (verdict.save.type !== 'create') return;
    const key = credentialsKey(values);
    const callbacks = {
      onSuccess: ({ expiresAt, testedToken, allowedCommand }: Tested) =>
        setOutcome({ key, tone: 'ok', text: successText(expiresAt, testedToken !== null), ...(testedToken !== null && { testedToken }), ...(allowedCommand && { allowedCommand }) }),
      onError: (error: Error) => {
        // A field main names (rare here: the form checked them all) goes beside that field; anything else beside Test.
        const field = error instanceof IpcError ? formFieldOf(error.field, values.kind) : undefined;
        if (!field) {
          if (error instanceof IpcError && pointsAtAddress(error.code)) onAddressFailure();
          return setOutcome({ key, tone: 'failed', text: errorMessage(error) });
        }
        flushSync(() => form.showServerError(error));
        onInvalid({ [field]: errorMessage(error) });
      },
    };
    const { input } = verdict.save;
    if ('secretReference' in input) testReference.mutate(input, callbacks);
    else testTyped.mutate(input, callbacks);
  }

  return { pending: test.isPending, disabled, result, testedToken: current?.testedToken, allowedCommand: current?.allowedCommand, run };
}
