// Token expiry math, pure and shared: main decides when to renew with it, the renderer draws countdowns with it.
import type { AppError } from './app-error';
import type { TokenInfo } from './token-info';

/** A token with less than this left is shown as "expiring soon". */
export const EXPIRING_SOON_MS = 5 * 60_000;
/** A copied token has at least this long left; otherwise a fresh one is fetched first. */
export const COPY_MARGIN_MS = 60_000;

/**
 * When a token expires: `expires_in` counted from when the request was *sent* (the server's
 * clock started no later than that), cross-checked with the JWT `exp` claim; the earlier wins.
 * Returns null when neither gives a usable time.
 */
export function computeExpiresAt(sentAt: number, expiresInSeconds: number | null, jwtExpSeconds: number | null): number | null {
  const candidates: number[] = [];
  if (expiresInSeconds !== null && Number.isFinite(expiresInSeconds) && expiresInSeconds > 0) {
    candidates.push(sentAt + expiresInSeconds * 1000);
  }
  if (jwtExpSeconds !== null && Number.isFinite(jwtExpSeconds) && jwtExpSeconds > 0) {
    candidates.push(jwtExpSeconds * 1000);
  }
  return candidates.length === 0 ? null : Math.min(...candidates);
}

/** Whether a token has at least `marginMs` left. A token of unknown expiry never has: it is renewed on every copy. */
export function hasMargin(expiresAt: number | null, now: number, marginMs: number): boolean {
  return expiresAt !== null && expiresAt - now >= marginMs;
}

export type TokenStatus =
  | { readonly kind: 'none' }
  | { readonly kind: 'valid'; readonly msLeft: number; readonly lifetimeMs: number }
  | { readonly kind: 'expiring'; readonly msLeft: number; readonly lifetimeMs: number }
  | { readonly kind: 'expired'; readonly msAgo: number }
  /** Issued, but Butlr did not say when it expires. */
  | { readonly kind: 'unknown' }
  | { readonly kind: 'failed'; readonly error: AppError; readonly msLeft: number | null };

/** What a token looks like at `now`: the one place that turns times into a status. */
export function tokenStatus(info: TokenInfo, now: number, expiringSoonMs: number = EXPIRING_SOON_MS): TokenStatus {
  switch (info.state) {
    case 'none':
      return { kind: 'none' };
    case 'failed': {
      const previousExpiry = info.previous?.expiresAt ?? null;
      const msLeft = previousExpiry !== null && previousExpiry > now ? previousExpiry - now : null;
      return { kind: 'failed', error: info.error, msLeft };
    }
    case 'issued': {
      if (info.expiresAt === null) return { kind: 'unknown' };
      const lifetimeMs = Math.max(1, info.expiresAt - info.obtainedAt);
      // A clock that lags the issue time (a countdown's ticker is up to a tick behind) would show more than the lifetime.
      const msLeft = Math.min(info.expiresAt - now, lifetimeMs);
      if (msLeft <= 0) return { kind: 'expired', msAgo: -msLeft };
      return msLeft <= expiringSoonMs ? { kind: 'expiring', msLeft, lifetimeMs } : { kind: 'valid', msLeft, lifetimeMs };
    }
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `mm:ss` up to an hour (so a fresh one-hour token reads 60:00, not "1 h 00 m"), `1 h 05 m` above it.
 * Rounds up, so a token never shows 00:00 while still valid.
 */
export function formatCountdown(msLeft: number): string {
  const totalSeconds = Math.max(0, Math.ceil(msLeft / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return totalSeconds > 3600 ? `${hours} h ${pad(minutes)} m` : `${pad(Math.floor(totalSeconds / 60))}:${pad(seconds)}`;
}

/** "expired just now", "expired 3 m ago", "expired 2 h ago". */
export function formatExpiredAgo(msAgo: number): string {
  const minutes = Math.floor(msAgo / 60_000);
  if (minutes < 1) return 'expired just now';
  if (minutes < 60) return `expired ${minutes} m ago`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `expired ${hours} h ago` : `expired ${Math.floor(hours / 24)} d ago`;
}
