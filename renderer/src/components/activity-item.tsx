// One activity event: what happened, who asked, the error code if it failed, and when (relative and local time).
import type { ActivityEvent } from '../../../shared/activity';
import { formatLocalTime, formatRelativeTime, isoTime } from '../time-format';

// One verb for getting a token everywhere: whoever asked, the history says "Got token" (the stored kinds keep their names).
const KIND_LABELS: Record<ActivityEvent['kind'], string> = {
  fetched: 'Got token',
  renewed: 'Got token',
  copied: 'Copied',
  failed: 'Failed',
  script_allowed: 'Allowed a script',
  script_denied: 'Denied a script',
};
const TRIGGER_LABELS: Record<ActivityEvent['trigger'], string> = {
  manual: 'by you',
  copy: 'for a copy',
  auto: 'by auto-refresh',
  retry: 'by an automatic retry',
  script: 'for a script',
};
const KIND_TONES: Record<ActivityEvent['kind'], string> = {
  fetched: 'good',
  renewed: 'good',
  copied: 'neutral',
  failed: 'danger',
  script_allowed: 'neutral',
  script_denied: 'danger',
};
const ACCESS_LABELS: Record<NonNullable<ActivityEvent['access']>, string> = {
  ten_minutes: 'for 10 minutes',
  until_quit: 'until the app quits',
  without_asking: 'without asking (this profile’s setting)',
};

/** Who asked, in words: the trigger, or for a script's consent, for how long and which caller. */
function whoAsked(event: ActivityEvent): string {
  if (event.kind !== 'script_allowed' && event.kind !== 'script_denied') return TRIGGER_LABELS[event.trigger];
  return [event.access && ACCESS_LABELS[event.access], event.caller && `· ${event.caller}`].filter(Boolean).join(' ');
}

export function ActivityItem({ event, now }: { readonly event: ActivityEvent; readonly now: number }) {
  return (
    <li className="activity-item" data-testid="activity-event" data-kind={event.kind}>
      <span className="activity-what">
        <span className={`activity-kind activity-${KIND_TONES[event.kind]}`}>{KIND_LABELS[event.kind]}</span> <span className="muted">{whoAsked(event)}</span>
        {event.code && (
          <>
            {' '}
            <code className="activity-code">{event.code}</code>
          </>
        )}
      </span>
      <span className="activity-when">
        {formatRelativeTime(event.at, now)} · <time dateTime={isoTime(event.at)}>{formatLocalTime(event.at)}</time>
      </span>
    </li>
  );
}
