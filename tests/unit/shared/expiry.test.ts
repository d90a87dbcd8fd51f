import { describe, expect, it } from 'vitest';
import { appError } from '../../../shared/app-error';
import { COPY_MARGIN_MS, EXPIRING_SOON_MS, computeExpiresAt, formatCountdown, formatExpiredAgo, hasMargin, tokenStatus } from '../../../shared/expiry';

const SENT_AT = 1_700_000_000_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('computeExpiresAt', () => {
  it('counts expires_in from when the request was sent', () => {
    expect(computeExpiresAt(1_000_000, 3600, null)).toBe(1_000_000 + 3_600_000);
  });

  it('lets an earlier JWT exp win over expires_in', () => {
    const exp = SENT_AT / 1000 + 1800;
    expect(computeExpiresAt(SENT_AT, 3600, exp)).toBe(SENT_AT + 1800 * 1000);
  });

  it('ignores a JWT exp later than expires_in', () => {
    const exp = SENT_AT / 1000 + 7200;
    expect(computeExpiresAt(SENT_AT, 3600, exp)).toBe(SENT_AT + 3600 * 1000);
  });

  it.each([
    ['missing', null],
    ['zero', 0],
    ['negative', -60],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('falls back to the JWT exp when expires_in is %s', (_label, expiresIn) => {
    const exp = SENT_AT / 1000 + 900;
    expect(computeExpiresAt(SENT_AT, expiresIn, exp)).toBe(exp * 1000);
  });

  it('returns null when neither expires_in nor exp is usable', () => {
    expect(computeExpiresAt(SENT_AT, null, null)).toBeNull();
    expect(computeExpiresAt(SENT_AT, 0, 0)).toBeNull();
    expect(computeExpiresAt(SENT_AT, -1, -1)).toBeNull();
  });
});

describe('hasMargin', () => {
  it('is true with exactly the margin left and false one millisecond short of it', () => {
    expect(hasMargin(SENT_AT + COPY_MARGIN_MS, SENT_AT, COPY_MARGIN_MS)).toBe(true);
    expect(hasMargin(SENT_AT + COPY_MARGIN_MS - 1, SENT_AT, COPY_MARGIN_MS)).toBe(false);
  });

  it('is false for a token that has already expired', () => {
    expect(hasMargin(SENT_AT - 1, SENT_AT, 0)).toBe(false);
  });
});

describe('tokenStatus', () => {
  const issued = (obtainedAt: number, expiresAt: number) => ({ state: 'issued', obtainedAt, expiresAt }) as const;
  const error = appError('server_error', 'api.butlr.io had a problem (HTTP 500). Try again in a moment.', { status: 500 });

  it('reports none when there is no token', () => {
    expect(tokenStatus({ state: 'none' }, SENT_AT)).toEqual({ kind: 'none' });
  });

  it('reports valid with the time left and the full lifetime', () => {
    const status = tokenStatus(issued(SENT_AT, SENT_AT + HOUR), SENT_AT + 10 * MINUTE);
    expect(status).toEqual({ kind: 'valid', msLeft: 50 * MINUTE, lifetimeMs: HOUR });
  });

  // A countdown's clock can be up to a tick behind when a fresh token arrives; it must not read "1 h 00 m" for a 60:00 token.
  it('never reports more time left than the token’s lifetime, even for a clock that lags its issue time', () => {
    const status = tokenStatus(issued(SENT_AT, SENT_AT + HOUR), SENT_AT - 900);
    expect(status).toEqual({ kind: 'valid', msLeft: HOUR, lifetimeMs: HOUR });
    expect(formatCountdown(HOUR)).toBe('60:00');
  });

  it('switches from valid to expiring exactly at the expiring-soon threshold', () => {
    const info = issued(SENT_AT, SENT_AT + HOUR);
    expect(tokenStatus(info, SENT_AT + HOUR - EXPIRING_SOON_MS - 1).kind).toBe('valid');
    expect(tokenStatus(info, SENT_AT + HOUR - EXPIRING_SOON_MS)).toEqual({ kind: 'expiring', msLeft: EXPIRING_SOON_MS, lifetimeMs: HOUR });
  });

  it('honours a custom expiring-soon threshold', () => {
    const info = issued(SENT_AT, SENT_AT + HOUR);
    expect(tokenStatus(info, SENT_AT + HOUR - 10 * MINUTE, 15 * MINUTE).kind).toBe('expiring');
    expect(tokenStatus(info, SENT_AT + HOUR - 10 * MINUTE, 5 * MINUTE).kind).toBe('valid');
  });

  it('reports expired from the moment of expiry, with how long ago', () => {
    const info = issued(SENT_AT, SENT_AT + HOUR);
    expect(tokenStatus(info, SENT_AT + HOUR - 1).kind).toBe('expiring');
    expect(tokenStatus(info, SENT_AT + HOUR).kind).toBe('expired');
    expect(tokenStatus(info, SENT_AT + HOUR + 3 * MINUTE)).toEqual({ kind: 'expired', msAgo: 3 * MINUTE });
  });

  it('never reports a lifetime of zero, so a progress bar cannot divide by it', () => {
    const status = tokenStatus(issued(SENT_AT + 5_000, SENT_AT + 5_000), SENT_AT);
    expect(status).toEqual({ kind: 'expiring', msLeft: 1, lifetimeMs: 1 });
  });

  it('reports a failure with the time left on a still-valid previous token', () => {
    const info = { state: 'failed', failedAt: SENT_AT, error, previous: { obtainedAt: SENT_AT - HOUR, expiresAt: SENT_AT + 20 * MINUTE } } as const;
    expect(tokenStatus(info, SENT_AT)).toEqual({ kind: 'failed', error, msLeft: 20 * MINUTE });
  });

  it('reports a failure without time left when the previous token has expired or there is none', () => {
    const expiredPrevious = { state: 'failed', failedAt: SENT_AT, error, previous: { obtainedAt: SENT_AT - HOUR, expiresAt: SENT_AT } } as const;
    expect(tokenStatus(expiredPrevious, SENT_AT)).toEqual({ kind: 'failed', error, msLeft: null });
    expect(tokenStatus({ state: 'failed', failedAt: SENT_AT, error, previous: null }, SENT_AT)).toEqual({ kind: 'failed', error, msLeft: null });
  });
});

describe('formatCountdown', () => {
  it('shows mm:ss up to an hour, so a fresh one-hour token reads 60:00', () => {
    expect(formatCountdown(59 * 60_000 + 1_000)).toBe('59:01');
    expect(formatCountdown(HOUR - 1_000)).toBe('59:59');
    expect(formatCountdown(65_000)).toBe('01:05');
    expect(formatCountdown(HOUR)).toBe('60:00');
  });

  it('shows hours and minutes above an hour', () => {
    expect(formatCountdown(HOUR + 1_000)).toBe('1 h 00 m');
    expect(formatCountdown(HOUR + 5 * MINUTE)).toBe('1 h 05 m');
    expect(formatCountdown(25 * HOUR + 59 * MINUTE)).toBe('25 h 59 m');
  });

  it('rounds up to the next second', () => {
    expect(formatCountdown(58_001)).toBe('00:59');
    expect(formatCountdown(HOUR - 999)).toBe('60:00');
    expect(formatCountdown(HOUR + 1)).toBe('1 h 00 m');
  });

  it('never shows 00:00 while any time is left', () => {
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(999)).toBe('00:01');
  });

  it('shows 00:00 at and after expiry instead of a negative time', () => {
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-5_000)).toBe('00:00');
  });
});

describe('formatExpiredAgo', () => {
  it.each([
    [0, 'expired just now'],
    [MINUTE - 1, 'expired just now'],
    [MINUTE, 'expired 1 m ago'],
    [59 * MINUTE + 59_999, 'expired 59 m ago'],
    [HOUR, 'expired 1 h ago'],
    [47 * HOUR + 59 * MINUTE, 'expired 47 h ago'],
    [48 * HOUR, 'expired 2 d ago'],
    [10 * 24 * HOUR, 'expired 10 d ago'],
  ])('formats %i ms as "%s"', (msAgo, text) => {
    expect(formatExpiredAgo(msAgo)).toBe(text);
  });
});
