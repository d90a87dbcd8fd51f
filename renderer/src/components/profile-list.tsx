// The list of profiles, with its loading, failure and empty states; tells the shell which profile's details to show.
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../ipc-client';
import { profilesQuery, useMoveProfile } from '../queries';
import { showToast } from '../toast-store';
import { EmptyState } from './empty-state';
import { ProfileRow } from './profile-row';

interface ProfileListProps {
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (id: string) => void;
  readonly onEdit: (id: string, focusSecret: boolean) => void;
}

export function ProfileList({ selectedId, onSelect, onToggle, onEdit }: ProfileListProps) {
  const { data: profiles, error, isPending, refetch, isFetching } = useQuery(profilesQuery());
  const move = useMoveProfile();

  if (isPending) return <p className="muted list-message">Loading profiles…</p>;
  // A failed refetch keeps the last list on screen; only a list never loaded is replaced by the message.
  if (profiles === undefined) {
    return (
      <div className="list-message">
        <p>{errorMessage(error)}</p>
        <button type="button" className="button" disabled={isFetching} onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (profiles.length === 0) return <EmptyState />;

  const toastError = (moveError: Error): void => showToast('alert', errorMessage(moveError));
  const last = profiles.length - 1;
  return (
    <section className="profile-section" aria-labelledby="profiles-title">
      <h2 id="profiles-title" className="section-title">
        Profiles <span className="muted">{profiles.length}</span>
      </h2>
      <ul className="profile-list">
        {profiles.map((profile, index) => (
          <ProfileRow
            key={profile.id}
            profile={profile}
            selected={profile.id === selectedId}
            onSelect={onSelect}
            onToggle={onToggle}
            onEdit={onEdit}
            onMove={{ up: index > 0 ? () => move(profile.id, -1, toastError) : null, down: index < last ? () => move(profile.id, 1, toastError) : null }}
          />
        ))}
      </ul>
    </section>
  );
}
