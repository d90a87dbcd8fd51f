// Counts the failures people were answered with, by error code, and the internal errors logged, for the diagnostics report.
import type { ErrorCode } from '../../../shared/app-error';
import type { Logger } from '../logger';

export interface ErrorTallyEntry {
  readonly code: ErrorCode;
  readonly count: number;
  readonly lastAt: number;
}

export interface ErrorTallySnapshot {
  /** When counting began: the app's start. */
  readonly since: number;
  /** One entry per code, the most recent first. */
  readonly failures: readonly ErrorTallyEntry[];
  readonly internalErrors: { readonly count: number; readonly lastAt: number | null };
}

export interface ErrorTally {
  /** A failure someone was answered with (the IPC router's fail() results, a background renewal, a copy from the tray). */
  recordFailure(code: ErrorCode): void;
  /** An internal error, logged with its stack. */
  recordInternalError(): void;
  snapshot(): ErrorTallySnapshot;
}

/** Kept in memory only: codes and times, nothing that could name a profile. The codes are a closed list, so it stays small. */
export function createErrorTally(now: () => number): ErrorTally {
  const since = now();
  const failures = new Map<ErrorCode, { count: number; lastAt: number }>();
  const internal = { count: 0, lastAt: null as number | null };
  return {
    recordFailure(code) {
      const entry = failures.get(code) ?? { count: 0, lastAt: 0 };
      failures.set(code, { count: entry.count + 1, lastAt: now() });
    },
    recordInternalError() {
      internal.count += 1;
      internal.lastAt = now();
    },
    snapshot: () => ({
      since,
      failures: [...failures].map(([code, entry]) => ({ code, ...entry })).sort((a, b) => b.lastAt - a.lastAt),
      internalErrors: { ...internal },
    }),
  };
}

/** `logger`, counting each error it is given as an internal error in `tally`. */
export function countingInternalErrors(logger: Logger, tally: Pick<ErrorTally, 'recordInternalError'>): Logger {
  return {
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (message, error) => {
      tally.recordInternalError();
      logger.error(message, error);
    },
  };
}
