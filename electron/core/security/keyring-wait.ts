// Waits out a system keyring that is not ready yet (locked at login, a Keychain prompt not answered): reads the saved
// secrets again with backoff, and at once when the screen is unlocked or the machine wakes, until one decrypts.
import type { Logger } from '../logger';
import type { TimerPort } from '../tokens/refresh-scheduler';
import type { KeyringObserver } from './secret-cipher';

/** 2 s, 4 s, 8 s … capped at 1 min, ±20%: a keyring is usually unlocked within a minute of login. */
export const KEYRING_RETRY_BASE_MS = 2_000;
export const KEYRING_RETRY_CAP_MS = 60_000;

export interface KeyringWait extends KeyringObserver {
  /** Whether a decrypt last met a keyring that was not ready. */
  waiting(): boolean;
  /** The screen was unlocked or the machine woke: try now rather than at the planned time. */
  retryNow(): void;
  dispose(): void;
}

interface KeyringWaitDeps {
  readonly timers: TimerPort;
  readonly random: () => number;
  /** Reads the secrets again (a decrypt that fails again calls `unavailable`, which plans the next try). */
  readonly retry: () => Promise<void>;
  readonly logger: Logger;
}

export function keyringRetryDelayMs(attempt: number, random: number): number {
  const exponential = Math.min(KEYRING_RETRY_CAP_MS, KEYRING_RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + 0.4 * random));
}

export function createKeyringWait({ timers, random, retry, logger }: KeyringWaitDeps): KeyringWait {
  let attempt = 0;
  let planned: unknown = null;
  let running = false;
  let stopped = false;

  const plan = (): void => {
    planned = timers.setTimeout(run, keyringRetryDelayMs(attempt, random()));
  };
  function run(): void {
    planned = null;
    if (stopped) return;
    // Still reading from the last try (a keyring prompt can take its time): try again later rather than twice at once.
    if (running) return plan();
    running = true;
    void retry()
      .catch((error: unknown) => logger.error('keyring: reading the secrets again failed', error))
      .finally(() => {
        running = false;
      });
  }

  return {
    unavailable() {
      // One try per plan, however many secrets failed in it: the backoff counts tries, not secrets.
      if (stopped || planned !== null) return;
      if (attempt === 0) logger.warn('keyring: the system keyring is not ready yet; waiting for it');
      attempt += 1;
      plan();
    },
    available() {
      if (attempt === 0) return;
      logger.info('keyring: the system keyring answered again');
      attempt = 0;
      if (planned !== null) timers.clearTimeout(planned);
      planned = null;
    },
    waiting: () => attempt > 0,
    retryNow() {
      if (attempt === 0) return;
      if (planned !== null) timers.clearTimeout(planned);
      run();
    },
    dispose() {
      stopped = true;
      if (planned !== null) timers.clearTimeout(planned);
      planned = null;
    },
  };
}
