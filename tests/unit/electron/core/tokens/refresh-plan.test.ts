import { describe, expect, it } from 'vitest';
import { appError, type AppError, type ErrorCode } from '../../../../../shared/app-error';
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  JITTER_LIFETIME_SHARE,
  MAX_JITTER_MS,
  RENEW_AT_LIFETIME_SHARE,
  backoffDelayMs,
  needsAttention,
  nextRenewalAt,
} from '../../../../../electron/core/tokens/refresh-plan';

const T = Date.UTC(2026, 0, 15, 9, 0, 0);
const HOUR = 3_600_000;
const MARGIN = 60_000;
/** Random draws across [0, 1), including both ends of what Math.random can return. */
const DRAWS = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1 - Number.EPSILON];
const serverError = appError('server_error', 'x had a problem (HTTP 500). Try again in a moment.', { status: 500 });

describe('constants', () => {
  it('are the ones the issue specifies', () => {
    expect(RENEW_AT_LIFETIME_SHARE).toBe(0.8);
    expect(BACKOFF_BASE_MS).toBe(5_000);
    expect(BACKOFF_CAP_MS).toBe(5 * 60_000);
    expect(JITTER_LIFETIME_SHARE).toBeGreaterThan(0);
    expect(MAX_JITTER_MS).toBeGreaterThan(0);
  });
});

describe('nextRenewalAt', () => {
  it('renews at once when no token is held', () => {
    expect(nextRenewalAt(null, T, MARGIN, 0.5)).toBe(T);
  });

  it('plans nothing for a token of unknown expiry (renewed on copy instead)', () => {
    expect(nextRenewalAt({ obtainedAt: T, expiresAt: null }, T, MARGIN, 0.5)).toBeNull();
  });

  it('renews a one-hour token at 80% of its lifetime with no jitter drawn', () => {
    expect(nextRenewalAt({ obtainedAt: T, expiresAt: T + HOUR }, T, MARGIN, 0)).toBe(T + 0.8 * HOUR);
  });

  it.each(DRAWS)('keeps the jitter within min(5 percent of the lifetime, 60 s) before the 80 percent mark (draw %s)', (draw) => {
    const at = nextRenewalAt({ obtainedAt: T, expiresAt: T + HOUR }, T, MARGIN, draw)!;
    expect(at).toBeLessThanOrEqual(T + 0.8 * HOUR);
    expect(at).toBeGreaterThanOrEqual(T + 0.8 * HOUR - 60_000);
    expect(at).toBe(Math.round(T + 0.8 * HOUR - draw * 60_000));
  });

  it('scales the jitter with short lifetimes (5% of 10 minutes is 30 s)', () => {
    const lifetime = { obtainedAt: T, expiresAt: T + 10 * 60_000 };
    expect(nextRenewalAt(lifetime, T, MARGIN, 0)).toBe(T + 8 * 60_000);
    expect(nextRenewalAt(lifetime, T, MARGIN, 1 - Number.EPSILON)).toBe(T + 8 * 60_000 - 30_000);
  });

  it('spreads profiles that signed in together over different times', () => {
    const lifetime = { obtainedAt: T, expiresAt: T + HOUR };
    const times = new Set(DRAWS.map((draw) => nextRenewalAt(lifetime, T, MARGIN, draw)));
    expect(times.size).toBe(DRAWS.length);
  });

  it.each(DRAWS)('is never later than the margin before expiry when 80 percent would be too late (draw %s)', (draw) => {
    // 200 s lifetime: 80% is 160 s, only 40 s before expiry; the 60 s margin wins.
    const lifetime = { obtainedAt: T, expiresAt: T + 200_000 };
    const at = nextRenewalAt(lifetime, T, MARGIN, draw)!;
    expect(at).toBeLessThanOrEqual(T + 200_000 - MARGIN);
    expect(at).toBeGreaterThanOrEqual(T + 200_000 - MARGIN - 10_000);
  });

  it('follows a larger margin', () => {
    expect(nextRenewalAt({ obtainedAt: T, expiresAt: T + HOUR }, T, 30 * 60_000, 0)).toBe(T + 30 * 60_000);
  });

  it('never plans in the past: an overdue or expired token renews now', () => {
    const lifetime = { obtainedAt: T, expiresAt: T + HOUR };
    expect(nextRenewalAt(lifetime, T + 0.9 * HOUR, MARGIN, 0.5)).toBe(T + 0.9 * HOUR);
    expect(nextRenewalAt(lifetime, T + 2 * HOUR, MARGIN, 0.5)).toBe(T + 2 * HOUR);
  });

  it('counts from when the token was obtained, not from now', () => {
    const lifetime = { obtainedAt: T, expiresAt: T + HOUR };
    expect(nextRenewalAt(lifetime, T + 10 * 60_000, MARGIN, 0)).toBe(T + 0.8 * HOUR);
  });
});

describe('backoffDelayMs', () => {
  it('doubles from 5 s and caps at 5 minutes with a neutral draw', () => {
    const delays = Array.from({ length: 9 }, (_, index) => backoffDelayMs(index + 1, serverError, 0.5));
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 12, 50])('stays within 20 percent of the nominal delay on attempt %s', (attempt) => {
    const nominal = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    for (const draw of DRAWS) {
      const delay = backoffDelayMs(attempt, serverError, draw);
      expect(delay).toBeGreaterThanOrEqual(nominal * 0.8);
      expect(delay).toBeLessThanOrEqual(nominal * 1.2);
    }
    expect(backoffDelayMs(attempt, serverError, 0)).toBe(nominal * 0.8);
    expect(backoffDelayMs(attempt, serverError, 1 - Number.EPSILON)).toBe(Math.round(nominal * 1.2));
  });

  it('never exceeds 6 minutes, however many attempts failed', () => {
    expect(backoffDelayMs(10_000, serverError, 1 - Number.EPSILON)).toBeLessThanOrEqual(BACKOFF_CAP_MS * 1.2);
  });

  it.each([
    ['rate_limited', 429],
    ['server_error', 503],
  ] as const)('waits exactly what Retry-After asked on a %s answer, without jitter', (code, status) => {
    const error = appError(code, 'wait', { status, retryAfterSeconds: 90 });
    for (const draw of DRAWS) expect(backoffDelayMs(1, error, draw)).toBe(90_000);
  });

  it('lets Retry-After win over the cap', () => {
    expect(backoffDelayMs(1, appError('rate_limited', 'wait', { status: 429, retryAfterSeconds: 600 }), 0.5)).toBe(600_000);
  });

  // A Retry-After of 0, or an HTTP date already past (a clock a little ahead of Butlr's), must not mean "retry at once".
  it('never retries sooner than the first backoff step when Retry-After says 0', () => {
    expect(backoffDelayMs(3, appError('server_error', 'wait', { status: 503, retryAfterSeconds: 0 }), 0.5)).toBeGreaterThanOrEqual(BACKOFF_BASE_MS * 0.8);
  });
});

describe('needsAttention', () => {
  it.each(['rejected_credentials', 'secret_unreadable', 'server_changed', 'profile_damaged', 'encryption_unavailable'] as ErrorCode[])('stops retrying on %s', (code) => {
    expect(needsAttention(appError(code, 'x'))).toBe(true);
  });

  it.each(['network', 'tls', 'timeout', 'rate_limited', 'server_error', 'http_error', 'invalid_response', 'storage', 'internal'] as ErrorCode[])(
    'keeps retrying on %s',
    (code) => {
      expect(needsAttention(appError(code, 'x') as AppError)).toBe(false);
    },
  );
});
