// When to renew a token ahead of expiry, and how long to back off after a failure: pure functions of times and attempts.
import type { AppError } from '../../../shared/app-error';
import type { TokenLifetime } from '../../../shared/token-info';

/** Renew at this share of the token's lifetime... */
export const RENEW_AT_LIFETIME_SHARE = 0.8;
/** ...minus up to this share of it, at random, so profiles that signed in together do not renew together. */
export const JITTER_LIFETIME_SHARE = 0.05;
export const MAX_JITTER_MS = 60_000;
export const MIN_RENEW_AFTER_MS = 30_000;
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * The next renewal time: at about 80% of the lifetime, never later than the copy margin before expiry, never in the past.
 * null for a token of unknown expiry (those are renewed on copy only). No token at all: renew now. Never sooner than
 * half the lifetime or 30 s after issue (the smaller), so tokens that live no longer than the margin cannot make the
 * schedule sign in over and over.
 */
export function nextRenewalAt(lifetime: TokenLifetime | null, now: number, marginMs: number, random: number): number | null {
  if (!lifetime) return now;
  if (lifetime.expiresAt === null) return null;
  const lifetimeMs = Math.max(0, lifetime.expiresAt - lifetime.obtainedAt);
  const jitterMs = random * Math.min(lifetimeMs * JITTER_LIFETIME_SHARE, MAX_JITTER_MS);
  const target = Math.min(lifetime.obtainedAt + lifetimeMs * RENEW_AT_LIFETIME_SHARE, lifetime.expiresAt - marginMs) - jitterMs;
  const earliest = lifetime.obtainedAt + Math.min(lifetimeMs / 2, MIN_RENEW_AFTER_MS);
  return Math.round(Math.max(now, target, earliest));
}

/**
 * Exponential backoff (5 s, 10 s, 20 s … capped at 5 min) with ±20% jitter; Butlr's own `Retry-After` wins when it sent
 * one, but never below the first step: a Retry-After of 0 or a date already past (clock skew) must not cause a storm.
 */
export function backoffDelayMs(attempt: number, error: AppError, random: number): number {
  if (error.retryAfterSeconds !== undefined) return Math.max(error.retryAfterSeconds * 1000, BACKOFF_BASE_MS);
  const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + 0.4 * random));
}

/**
 * Failures that retrying cannot fix: the profile needs a person. A secret manager's failures all do, its timeout too: it
 * is most often waiting for a person to approve or unlock, and a retry in the background would only ask again.
 */
export function needsAttention(error: AppError): boolean {
  return ['rejected_credentials', 'secret_unreadable', 'secret_missing', 'server_changed', 'profile_damaged', 'encryption_unavailable', 'secret_reference_unconfirmed'].includes(error.code) || error.code.startsWith('secret_manager_');
}
