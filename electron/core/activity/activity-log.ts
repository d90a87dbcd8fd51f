// Each profile's last 50 token events on disk: kinds, triggers, error codes and times, never a value.
import { z } from 'zod';
import { ACTIVITY_LIMIT, activityEventSchema, type ActivityEvent } from '../../../shared/activity';
import type { KeyValueStore } from '../storage/key-value-store';
import { createDeferredWrite } from '../storage/deferred-write';
import type { StoreSpec } from '../storage/store-spec';

export interface ActivityFile extends Record<string, unknown> {
  version: number;
  events: Record<string, ActivityEvent[]>;
}
export const activityFileDefaults: ActivityFile = { version: 1, events: {} };

export const activityFileSpec: StoreSpec = {
  name: 'activity',
  version: 1,
  migrations: {},
  records: { key: 'events', layout: 'map', schema: z.array(activityEventSchema) },
};

export interface ActivityLog {
  record(profileId: string, event: ActivityEvent): void;
  /** Newest first. */
  list(profileId: string): readonly ActivityEvent[];
  remove(profileId: string): void;
  /** Writes what is still pending; called at quit. Never throws: a failure goes to `onSaveFailed`. */
  flush(): void;
}

/**
 * When a token was last handed out, newest first in `events`: copied (from a row, the details panel, the tray or the quick
 * switcher) or fetched with Get token. A renewal by the schedule is nobody's use, and a failure hands nothing out.
 */
export function lastHandOutAt(events: readonly ActivityEvent[]): number | null {
  return events.find((event) => event.kind === 'copied' || (event.kind === 'fetched' && event.trigger === 'manual'))?.at ?? null;
}

export function createActivityLog(store: KeyValueStore<ActivityFile>, onSaveFailed: (error: unknown) => void): ActivityLog {
  const parsed = z.record(z.string(), z.array(activityEventSchema)).safeParse(store.get('events'));
  // History is a convenience: if the file is unreadable we start a new one rather than refuse to start.
  const events = new Map(Object.entries(parsed.success ? parsed.data : {}));
  // Losing the last few entries to a crash, or to a disk that refuses the write, is acceptable for history.
  const deferred = createDeferredWrite({ write: () => store.set('events', Object.fromEntries(events)), failed: onSaveFailed });
  return {
    flush: deferred.flush,
    record(profileId, event) {
      events.set(profileId, [event, ...(events.get(profileId) ?? [])].slice(0, ACTIVITY_LIMIT));
      deferred.schedule();
    },
    list: (profileId) => events.get(profileId) ?? [],
    // Rare, and part of purging a deleted profile: written at once, with anything still pending.
    remove(profileId) {
      if (!events.delete(profileId)) return;
      deferred.writeNow();
    },
  };
}
