// Tries a sign-in again for a person who is waiting for it: when the token was asked for in the last minute (Copy, Get token,
// Retry, the tray, the quick switcher) and a sign-in fails because Butlr is busy and says when to come back (`Retry-After`),
// it is tried again at that time; a retry that fails the same way plans the next while the ask is still under a minute old.
// Auto-refresh retries its own failures at Butlr's `Retry-After` (refresh-plan.ts), so those are left to it.
import type { AppError } from '../../../shared/app-error';
import type { Logger } from '../logger';
import { BACKOFF_BASE_MS } from './refresh-plan';
import type { TimerPort } from './refresh-scheduler';

/** How long after asking a person is taken to be still waiting for the token. */
export const ASKED_WITHIN_MS = 60_000;
/** A longer wait than this is not one a person sits through: the row offers Retry instead. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;
/** A `Retry-After` of 0, or a date already past (clock skew), still waits this long: auto-refresh's first step, for the same reason. */
export const MIN_RETRY_AFTER_MS = BACKOFF_BASE_MS;

export interface RetryWhenAsked {
  /** A person asked for the profile's token just now. */
  asked(profileId: string): void;
  /**
   * A sign-in for the profile failed with `error`, for the profile at `revision`. Plans a retry (in place of any planned
   * before) when a person asked within the last minute, the failure was not auto-refresh's, and Butlr said when to come
   * back, no later than 5 minutes from now.
   */
  failed(profileId: string, error: AppError, revision: number, byAutoRefresh: boolean): void;
  /** A sign-in succeeded: nobody is waiting any more and a planned retry is moot. */
  succeeded(profileId: string): void;
  /** When the profile's sign-in will be tried again by itself; null when it will not. */
  retryAt(profileId: string): number | null;
  /** Drops the planned retries of profiles that went, or whose sign-in identity or secret changed since they failed. */
  dropStale(): void;
  forget(profileId: string): void;
  stop(): void;
}

interface RetryWhenAskedDeps {
  readonly timers: TimerPort;
  readonly now: () => number;
  /** Signs in again; its outcome is settled like any other sign-in's. */
  readonly retry: (profileId: string) => void;
  /** The profile's revision (which moves with its sign-in identity and secret); null when it is gone or deleted. */
  readonly revisionOf: (profileId: string) => number | null;
  readonly logger: Logger;
}

interface PlannedRetry {
  readonly at: number;
  readonly revision: number;
  handle: unknown;
}

/** How long Butlr asked us to wait, in ms, when it is a wait worth planning a retry for; null otherwise. */
function plannedWaitMs(error: AppError): number | null {
  if (error.retryAfterSeconds === undefined) return null;
  const waitMs = error.retryAfterSeconds * 1000;
  return waitMs > MAX_RETRY_AFTER_MS ? null : Math.max(waitMs, MIN_RETRY_AFTER_MS);
}

export function createRetryWhenAsked({ timers, now, retry, revisionOf, logger }: RetryWhenAskedDeps): RetryWhenAsked {
  /** When each profile's token was last asked for, until a sign-in succeeds. */
  const askedAt = new Map<string, number>();
  const planned = new Map<string, PlannedRetry>();

  const cancel = (profileId: string): void => {
    const plan = planned.get(profileId);
    if (!plan) return;
    timers.clearTimeout(plan.handle);
    planned.delete(profileId);
  };

  const run = (profileId: string, plan: PlannedRetry): void => {
    if (planned.get(profileId) !== plan) return;
    planned.delete(profileId);
    if (revisionOf(profileId) !== plan.revision) return;
    logger.info(`tokens: retrying the sign-in of profile ${profileId}, as Butlr asked`);
    retry(profileId);
  };

  return {
    asked(profileId) {
      askedAt.set(profileId, now());
    },
    failed(profileId, error, revision, byAutoRefresh) {
      // The latest answer decides: a plan made for an earlier one is moot.
      cancel(profileId);
      const asked = askedAt.get(profileId);
      const waitMs = plannedWaitMs(error);
      if (byAutoRefresh || asked === undefined || now() - asked > ASKED_WITHIN_MS || waitMs === null) return;
      const plan: PlannedRetry = { at: now() + waitMs, revision, handle: undefined };
      plan.handle = timers.setTimeout(() => run(profileId, plan), waitMs);
      planned.set(profileId, plan);
      logger.info(`tokens: profile ${profileId} will retry its sign-in in ${Math.round(waitMs / 1000)} s (${error.code})`);
    },
    succeeded(profileId) {
      askedAt.delete(profileId);
      cancel(profileId);
    },
    retryAt: (profileId) => planned.get(profileId)?.at ?? null,
    dropStale() {
      for (const [profileId, plan] of planned) if (revisionOf(profileId) !== plan.revision) cancel(profileId);
    },
    forget(profileId) {
      askedAt.delete(profileId);
      cancel(profileId);
    },
    stop() {
      for (const profileId of [...planned.keys()]) cancel(profileId);
      askedAt.clear();
    },
  };
}
