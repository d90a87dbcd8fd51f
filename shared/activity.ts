// A profile's activity history: what happened to its token and when, never a value.
import { z } from './zod-mini';
import { errorCodeSchema } from './app-error';

export const ACTIVITY_LIMIT = 50;

export const activityKinds = ['fetched', 'renewed', 'copied', 'failed'] as const;

export const activityEventSchema = z.object({
  at: z.number(),
  kind: z.enum(activityKinds),
  /** Who asked: a person pressing Get token or Copy, or the auto-refresh schedule. */
  trigger: z.enum(['manual', 'copy', 'auto']),
  /** For `failed`: what went wrong. */
  code: z.optional(errorCodeSchema),
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;
