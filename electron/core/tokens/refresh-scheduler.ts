// Auto-refresh: keeps one timer per opted-in profile, renews ahead of expiry, backs off on failure, stops when a person is needed.
import type { Result } from '../../../shared/result';
import type { TokenLifetime } from '../../../shared/token-info';
import type { Logger } from '../logger';
import { backoffDelayMs, needsAttention, nextRenewalAt } from './refresh-plan';

/** Timers as a port, so tests drive the schedule with a manual clock. */
export interface TimerPort {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RefreshSchedulerDeps {
  readonly timers: TimerPort;
  readonly now: () => number;
  readonly random: () => number;
  /** The profiles with auto-refresh on. */
  readonly optedIn: () => readonly string[];
  readonly lifetime: (profileId: string) => TokenLifetime | null;
  readonly renew: (profileId: string) => Promise<Result<unknown>>;
  readonly marginMs: () => number;
  readonly logger: Logger;
}

export interface RefreshScheduler {
  /** Re-plan after anything changed: a profile added, removed or toggled, a token fetched by hand. */
  sync(): void;
  /** The machine woke up or came back online: retry what was waiting for that now. */
  recheck(): void;
  /** A setting that moves renewal times changed (the copy margin): re-plan every idle plan. */
  replan(): void;
  nextRunAt(profileId: string): number | null;
  stop(): void;
}

interface Plan {
  handle: unknown;
  at: number | null;
  /** Consecutive failures; 0 when the last attempt succeeded. */
  attempt: number;
  running: boolean;
  /** Stopped until a person fixes the profile (a manual fetch that succeeds brings a new token and restarts it). */
  halted: boolean;
  /** The token the plan was made for; a different one means someone renewed it and the plan is stale. */
  planFor: number | null;
}

export function createRefreshScheduler(deps: RefreshSchedulerDeps): RefreshScheduler {
  const { timers, now, random, optedIn, lifetime, renew, marginMs, logger } = deps;
  const plans = new Map<string, Plan>();

  const arm = (profileId: string, plan: Plan, at: number | null): void => {
    if (plan.handle !== undefined) timers.clearTimeout(plan.handle);
    plan.handle = undefined;
    plan.at = at;
    if (at !== null) plan.handle = timers.setTimeout(() => void run(profileId), Math.max(0, at - now()));
  };

  const planFresh = (profileId: string, plan: Plan): void => {
    plan.planFor = lifetime(profileId)?.obtainedAt ?? null;
    arm(profileId, plan, nextRenewalAt(lifetime(profileId), now(), marginMs(), random()));
  };

  const run = async (profileId: string): Promise<void> => {
    const plan = plans.get(profileId);
    if (!plan || plan.running) return;
    plan.running = true;
    plan.handle = undefined;
    plan.at = null;
    const result = await renew(profileId);
    plan.running = false;
    if (plans.get(profileId) !== plan) return;
    if (result.ok) {
      plan.attempt = 0;
      planFresh(profileId, plan);
      return;
    }
    if (needsAttention(result.error)) {
      plan.halted = true;
      plan.planFor = lifetime(profileId)?.obtainedAt ?? null;
      logger.warn(`refresh: profile ${profileId} needs attention (${result.error.code}); auto-refresh paused`);
      return;
    }
    plan.attempt += 1;
    const delay = backoffDelayMs(plan.attempt, result.error, random());
    logger.info(`refresh: profile ${profileId} retry ${plan.attempt} in ${Math.round(delay / 1000)} s (${result.error.code})`);
    arm(profileId, plan, now() + delay);
  };

  const sync = (): void => {
    const wanted = new Set(optedIn());
    for (const [profileId, plan] of plans) {
      if (!wanted.has(profileId)) {
        arm(profileId, plan, null);
        plans.delete(profileId);
      }
    }
    for (const profileId of wanted) {
      const plan = plans.get(profileId);
      if (!plan) {
        const created: Plan = { handle: undefined, at: null, attempt: 0, running: false, halted: false, planFor: null };
        plans.set(profileId, created);
        planFresh(profileId, created);
        continue;
      }
      if (plan.running) continue;
      const tokenChanged = (lifetime(profileId)?.obtainedAt ?? null) !== plan.planFor;
      if (tokenChanged) {
        // Renewed by someone else (Get token, Copy): whatever we were waiting for is settled.
        plan.attempt = 0;
        plan.halted = false;
        planFresh(profileId, plan);
      }
    }
  };

  return {
    sync,
    recheck() {
      for (const [profileId, plan] of plans) {
        if (plan.running || plan.halted) continue;
        plan.attempt = 0;
        planFresh(profileId, plan);
      }
    },
    replan() {
      for (const [profileId, plan] of plans) {
        // A plan in backoff keeps its retry time; a paused one waits for a person.
        if (plan.running || plan.halted || plan.attempt > 0) continue;
        planFresh(profileId, plan);
      }
    },
    nextRunAt: (profileId) => plans.get(profileId)?.at ?? null,
    stop() {
      for (const [profileId, plan] of plans) arm(profileId, plan, null);
      plans.clear();
    },
  };
}
