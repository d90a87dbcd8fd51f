// The refresh scheduler's subscription to the core's events: what can move a renewal time re-plans the schedule.
import type { CoreEvents } from '../events/core-events';
import type { RefreshScheduler } from './refresh-scheduler';

export function replanRefreshOnChange(events: CoreEvents, scheduler: Pick<RefreshScheduler, 'sync' | 'replan'>): () => void {
  const unsubscribe = [
    // A profile added, removed or toggled, or a token fetched or dropped: the set of plans changes.
    events.on('profilesChanged', () => scheduler.sync()),
    events.on('tokenChanged', () => scheduler.sync()),
    // The copy margin or another timing setting moved: every plan's time is recomputed.
    events.on('settingsChanged', () => scheduler.replan()),
  ];
  return () => unsubscribe.forEach((stop) => stop());
}
