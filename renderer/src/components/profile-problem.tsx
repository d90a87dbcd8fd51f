// The row's problem line: what needs the person's attention, with "Enter secret" when the secret is missing or unreadable.
import type { ProfileView } from '../../../shared/profile';

interface ProfileProblemProps {
  readonly profile: ProfileView;
  readonly problem: string;
  /** Opens the edit form at the secret field. */
  readonly onEnterSecret: () => void;
}

export function ProfileProblem({ profile, problem, onEnterSecret }: ProfileProblemProps) {
  const secretProblem = profile.secret !== 'set';
  return (
    <div className={secretProblem && profile.secret === 'missing' ? 'profile-problem profile-problem-warning' : 'profile-problem'}>
      <p>{problem}</p>
      {secretProblem && (
        <button type="button" className="button" onClick={onEnterSecret}>
          Enter secret
        </button>
      )}
    </div>
  );
}
