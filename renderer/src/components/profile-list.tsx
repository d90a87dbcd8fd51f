// The list of profiles, with its loading, failure and empty states; tells the shell which profile's details to show.
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../ipc-client';
import { profilesQuery } from '../queries';
import { EmptyState } from './empty-state';
import { ProfileRow } from './profile-row';

interface ProfileListProps {
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (id: string) => void;
}

export function ProfileList({ selectedId, onSelect, onToggle }: ProfileListProps) {
  const { data: profiles, error, isPending, refetch, isFetching } = useQuery(profilesQuery());

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

  return (
    <section className="profile-section" aria-labelledby="profiles-title">
      <h2 id="profiles-title" className="section-title">
        Profiles <span className="muted">{profiles.length}</span>
      </h2>
      <ul className="profile-list">
        {profiles.map((profile) => (
          <ProfileRow key={profile.id} profile={profile} selected={profile.id === selectedId} onSelect={onSelect} onToggle={onToggle} />
        ))}
      </ul>
    </section>
  );
}
