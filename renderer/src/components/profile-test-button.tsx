// The profile form's Test action: signs in once with the typed credentials, saves nothing, and says how it went.
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { factsOf } from '../../../shared/credentials/credential-kinds';
import { formatCountdown } from '../../../shared/expiry';
import type { ProfileView } from '../../../shared/profile';
import { firstInvalidField, secretFieldOf, type ProfileField } from '../profile-form';
import { useTestProfile } from '../settings-queries';
import type { ProfileFormState } from '../use-profile-form';

interface ProfileTestButtonProps {
  readonly form: ProfileFormState;
  /** The saved profile being edited, if any. */
  readonly profile: ProfileView | undefined;
  /** Moves focus to a field with a problem, or to the form's message when there is none. */
  readonly onProblem: (field: ProfileField | undefined) => void;
}

function successText(expiresAt: number | null): string {
  return expiresAt === null ? 'Signed in: these credentials work.' : `Signed in: the token is valid for ${formatCountdown(expiresAt - Date.now())}`;
}

export function ProfileTestButton({ form, profile, onProblem }: ProfileTestButtonProps) {
  const test = useTestProfile();
  // The outcome belongs to the values it was tested with; any edit makes it stale.
  const [outcome, setOutcome] = useState<{ readonly text: string; readonly values: unknown } | null>(null);
  const secretMissing = profile !== undefined && form.values[secretFieldOf(profile.kind)] === '';
  const secretWord = factsOf(form.values.kind).secret.name;

  function runTest(): void {
    if (test.isPending) return;
    setOutcome(null);
    const verdict = flushSync(() => form.validateForTest());
    if (!verdict.ok) return onProblem(firstInvalidField(verdict.errors, form.values.kind));
    if (verdict.save.type !== 'create') return;
    const testedValues = form.values;
    test.mutate(verdict.save.input, {
      onSuccess: ({ expiresAt }) => setOutcome({ text: successText(expiresAt), values: testedValues }),
      onError: (error) => onProblem(flushSync(() => form.showServerError(error))),
    });
  }

  const current = outcome && outcome.values === form.values ? outcome.text : null;
  return (
    <div className="profile-test">
      <button type="button" className="button" data-form-action disabled={secretMissing} aria-busy={test.isPending} aria-describedby="profile-test-note" onClick={runTest}>
        Test
      </button>
      <p id="profile-test-note" className={current ? 'profile-test-note profile-test-ok' : 'profile-test-note'} role="status">
        {secretMissing ? `Type the ${secretWord} to test: the saved one never leaves the app’s background process.` : (current ?? 'Signs in once with these details; saves nothing.')}
      </p>
    </div>
  );
}
