// A profile's activity history: what happened to its token and when, never a value.
import { z } from './zod-mini';
import { errorCodeSchema } from './app-error';

export const ACTIVITY_LIMIT = 50;

export const activityKinds = ['fetched', 'renewed', 'copied', 'failed', 'script_allowed', 'script_denied'] as const;
/** How long a script was allowed: a person's answer in the consent dialog, or the profile's no-asking setting. */
export const scriptAccessKinds = ['ten_minutes', 'until_quit', 'without_asking'] as const;

export const activityEventSchema = z.object({
  at: z.number(),
  kind: z.enum(activityKinds),
  /**
   * Who asked: a person pressing Get token or Retry (manual) or Copy, the auto-refresh schedule, the one retry made for
   * a person still waiting when Butlr asked to come back later, or a script through `butlr-cred`.
   */
  trigger: z.enum(['manual', 'copy', 'auto', 'retry', 'script']),
  /** For `failed`: what went wrong. */
  code: z.optional(errorCodeSchema),
  /** For `script_allowed`: for how long. */
  access: z.optional(z.enum(scriptAccessKinds)),
  /** For the script events: the caller as `butlr-cred` described it, e.g. `bash (pid 4242)`. */
  caller: z.optional(z.string().check(z.maxLength(100))),
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;
