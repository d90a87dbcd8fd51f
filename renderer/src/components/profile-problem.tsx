// The row's problem line: what needs the person's attention, with "Enter secret" when the secret is not usable and "Edit
// profile" when the stored profile is damaged.
import type { ProfileView } from '../../../shared/profile';

interface ProfileProblemProps {
  readonly profile: ProfileView;
  readonly problem: string;
  /** Opens the edit form at the secret field. */
  readonly onEnterSecret: () => void;
  /** Opens the edit form. */
  readonly onEdit: () => void;
}

export function ProfileProblem({ profile, problem, onEnterSecret, onEdit }: ProfileProblemProps) {
  const damaged = profile.damage !== null;
  const secretProblem = !damaged && profile.secret !== 'set';
  return (
    <div className={secretProblem && profile.secret === 'missing' ? 'profile-problem profile-problem-warning' : 'profile-problem'}>
      <p>{problem}</p>
      {damaged && (
        <button type="button" className="button" onClick={onEdit}>
          Edit profile
        </button>
      )}
      {secretProblem && (
        <button type="button" className="button" onClick={onEnterSecret}>
          Enter secret
        </button>
      )}
    </div>
  );
}
