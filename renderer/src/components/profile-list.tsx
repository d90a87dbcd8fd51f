// The list of profiles, with its loading, failure and empty states.
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../ipc-client';
import { profilesQuery } from '../queries';
import { EmptyState } from './empty-state';
import { ProfileRow } from './profile-row';

export function ProfileList() {
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
    <section aria-labelledby="profiles-title">
      <h2 id="profiles-title" className="section-title">
        Profiles <span className="muted">{profiles.length}</span>
      </h2>
      <ul className="profile-list">
        {profiles.map((profile) => (
          <ProfileRow key={profile.id} profile={profile} />
        ))}
      </ul>
    </section>
  );
}
