// The "Activity" section: the profile's last 50 token events, newest first, and "Export CSV" through main's save dialog.
import { aboutProfile } from '../../../shared/profile-message';
import { useQuery } from '@tanstack/react-query';
import { ACTIVITY_LIMIT } from '../../../shared/activity';
import type { ProfileView } from '../../../shared/profile';
import { errorMessage } from '../ipc-client';
import { activityQuery, useExportActivity } from '../queries';
import { useNow } from '../ticker';
import { showToast } from '../toast-store';
import { ActivityItem } from './activity-item';

function ActivityList({ profileId }: { readonly profileId: string }) {
  const { data: events, error, isPending } = useQuery(activityQuery(profileId));
  const now = useNow();
  if (isPending) return <p className="muted">Loading activity…</p>;
  if (events === undefined) return <p className="details-note details-note-danger">{errorMessage(error)}</p>;
  if (events.length === 0) return <p className="muted">Nothing yet. Each token got, copy and failure appears here.</p>;
  return (
    <ol className="activity-list">
      {events.slice(0, ACTIVITY_LIMIT).map((event, index) => (
        // Events have no id; newest first, so an index is stable only together with the time.
        <ActivityItem key={`${event.at}-${index}`} event={event} now={now} />
      ))}
    </ol>
  );
}

export function ActivitySection({ profile }: { readonly profile: ProfileView }) {
  const exportActivity = useExportActivity();
  const exportCsv = (): void =>
    exportActivity.mutate(profile.id, {
      // null: the person cancelled the save dialog, which needs no comment.
      onSuccess: ({ savedTo }) => savedTo !== null && showToast('status', aboutProfile(profile.name, `activity saved to ${savedTo}`)),
      onError: (error) => showToast('alert', errorMessage(error)),
    });

  return (
    <section className="details-section" aria-labelledby="details-activity-title">
      <div className="details-section-header">
        <h3 id="details-activity-title" className="details-section-title">
          Activity
        </h3>
        <button type="button" className="button" disabled={exportActivity.isPending} aria-busy={exportActivity.isPending} onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <ActivityList profileId={profile.id} />
    </section>
  );
}
