// One activity event: what happened, who asked, the error code if it failed, and when (relative and local time).
import type { ActivityEvent } from '../../../shared/activity';
import { formatLocalTime, formatRelativeTime, isoTime } from '../time-format';

// One verb for getting a token everywhere: whoever asked, the history says "Got token" (the stored kinds keep their names).
const KIND_LABELS: Record<ActivityEvent['kind'], string> = { fetched: 'Got token', renewed: 'Got token', copied: 'Copied', failed: 'Failed' };
const TRIGGER_LABELS: Record<ActivityEvent['trigger'], string> = { manual: 'by you', copy: 'for a copy', auto: 'by auto-refresh', retry: 'by an automatic retry' };
const KIND_TONES: Record<ActivityEvent['kind'], string> = { fetched: 'good', renewed: 'good', copied: 'neutral', failed: 'danger' };

export function ActivityItem({ event, now }: { readonly event: ActivityEvent; readonly now: number }) {
  return (
    <li className="activity-item" data-testid="activity-event" data-kind={event.kind}>
      <span className="activity-what">
        <span className={`activity-kind activity-${KIND_TONES[event.kind]}`}>{KIND_LABELS[event.kind]}</span> <span className="muted">{TRIGGER_LABELS[event.trigger]}</span>
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
