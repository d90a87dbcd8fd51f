// The row's problem line: what needs the person's attention, with "Enter secret" when the secret is not usable, "Update
// secret" when Butlr rejected it, "Edit profile" when the stored profile is damaged, and Retry when the sign-in failed for
// a reason that passes.
import type { ProfileView } from '../../../shared/profile';
import { isTemporaryFailure } from '../profile-attention';
import type { SecretAction } from '../use-profile-row';
import { RetryButton } from './retry-button';

interface ProfileProblemProps {
  readonly profile: ProfileView;
  readonly problem: string;
  /** Opens the edit form at the secret field, when the secret is what needs fixing. */
  readonly secretAction: SecretAction | null;
  /** Opens the edit form. */
  readonly onEdit: () => void;
  /** A busy server or no network: Retry gets a token again at once. */
  readonly offersRetry: boolean;
}

export function ProfileProblem({ profile, problem, secretAction, onEdit, offersRetry }: ProfileProblemProps) {
  const damaged = profile.damage !== null;
  const secretProblem = !damaged && profile.secret !== 'set';
  const needsYou = damaged || secretProblem || (profile.token.state === 'failed' && !isTemporaryFailure(profile.token.error));
  return (
    // Red for what only the person can fix; amber for what passes (a busy server, a token that was not saved).
    <div className={needsYou ? 'profile-problem' : 'profile-problem profile-problem-warning'}>
      <p>{problem}</p>
      {damaged && (
        <button type="button" className="button" onClick={onEdit}>
          Edit profile
        </button>
      )}
      {secretAction && (
        <button type="button" className="button" onClick={secretAction.run}>
          {secretAction.label}
        </button>
      )}
      {offersRetry && <RetryButton profile={profile} />}
    </div>
  );
}
