// Whether a failure passes on its own or needs a person, and what a profile's auto-refresh is doing (its "Auto" line).
import type { AppError, ErrorCode } from '../../shared/app-error';
import { formatCountdown } from '../../shared/expiry';
import type { ProfileView } from '../../shared/profile';

/** Failures retrying cannot fix; main pauses auto-refresh for these until a sign-in succeeds again. */
const ATTENTION_CODES: ReadonlySet<ErrorCode> = new Set(['rejected_credentials', 'server_changed', 'profile_damaged', 'encryption_unavailable']);

export function needsAttention(profile: ProfileView): boolean {
  // Every secret_* code too: a saved secret that is unusable, a reference unconfirmed, a secret manager's failures (as
  // main's refresh plan holds, refresh-plan.ts).
  return profile.token.state === 'failed' && (ATTENTION_CODES.has(profile.token.error.code) || profile.token.error.code.startsWith('secret_'));
}

/** Busy or unreachable servers (429, 5xx, no network, a timeout): trying again later is the fix. Anything else needs a look. */
const TEMPORARY_CODES: ReadonlySet<ErrorCode> = new Set(['network', 'timeout', 'rate_limited', 'server_error']);

/** The amber "Failed — temporary" badge, rather than the red "Failed — needs attention". */
export function isTemporaryFailure(error: Pick<AppError, 'code'>): boolean {
  return TEMPORARY_CODES.has(error.code);
}

/**
 * Whether the row offers Retry: its last sign-in failed for a reason that passes (429, 5xx, no network, a timeout) and
 * nothing else stands in the way (a damaged profile or an unusable secret have fixes of their own).
 */
export function offersRetry(profile: ProfileView): boolean {
  return profile.token.state === 'failed' && isTemporaryFailure(profile.token.error) && profile.damage === null && profile.secret === 'set';
}

export type AutoRefreshView =
  | { readonly state: 'off' }
  | { readonly state: 'paused' }
  | { readonly state: 'scheduled'; readonly at: number; readonly text: string }
  | { readonly state: 'idle'; readonly text: string };

/** What auto-refresh is up to at `now`, in the words the row and the details panel use. */
export function describeAutoRefresh(profile: ProfileView, now: number): AutoRefreshView {
  if (!profile.autoRefresh) return { state: 'off' };
  if (needsAttention(profile)) return { state: 'paused' };
  if (profile.nextRefreshAt !== null) {
    const msLeft = profile.nextRefreshAt - now;
    return { state: 'scheduled', at: profile.nextRefreshAt, text: msLeft > 0 ? `next token in ${formatCountdown(msLeft)}` : 'getting a new token now' };
  }
  // No plan: a token of unknown expiry gets a new one on every copy instead.
  return { state: 'idle', text: profile.token.state === 'issued' && profile.token.expiresAt === null ? 'new token on every copy' : 'on' };
}
