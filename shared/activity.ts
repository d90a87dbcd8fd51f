// A profile's activity history: what happened to its token and when, never a value.
import { z } from './zod-mini';
import { errorCodeSchema } from './app-error';

export const ACTIVITY_LIMIT = 50;

export const activityKinds = ['fetched', 'renewed', 'copied', 'failed'] as const;

export const activityEventSchema = z.object({
  at: z.number(),
  kind: z.enum(activityKinds),
  /**
   * Who asked: a person pressing Get token or Retry (manual) or Copy, the auto-refresh schedule, or the one retry made for
   * a person still waiting when Butlr asked to come back later.
   */
  trigger: z.enum(['manual', 'copy', 'auto', 'retry']),
  /** For `failed`: what went wrong. */
  code: z.optional(errorCodeSchema),
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;
