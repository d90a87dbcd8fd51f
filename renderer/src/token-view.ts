// What a profile's row says about its token at a given moment: state (its icon), badge text and tone, countdown,
// remaining lifetime, problem.
import { factsOf } from '../../shared/credentials/credential-kinds';
import { EXPIRING_SOON_MS, formatCountdown, formatExpiredAgo, tokenStatus } from '../../shared/expiry';
import type { ProfileView } from '../../shared/profile';
import { aboutProfile } from '../../shared/profile-message';
import type { SecretReference } from '../../shared/secret-sources/secret-presets';
import type { TokenLifetime } from '../../shared/token-info';
import { isTemporaryFailure } from './profile-attention';

/** Colour family of the badge; the badge text always says the same thing in words. */
export type Tone = 'neutral' | 'good' | 'warning' | 'danger';

/**
 * What the badge's icon shows, so the state reads without colour: a failure that passes on its own (429, 5xx, network,
 * timeout) is `temporary` (amber); one only a person can fix (rejected credentials, a damaged profile, a changed server, a
 * missing or unreadable secret) is `needs-you` (red).
 */
export const tokenStates = ['valid', 'expiring', 'expired', 'none', 'temporary', 'needs-you'] as const;
export type TokenState = (typeof tokenStates)[number];

export interface TokenView {
  readonly state: TokenState;
  readonly label: string;
  readonly tone: Tone;
  readonly countdown: string;
  /** Share of the token's lifetime still left, 0 to 1; null when there is no token to measure. */
  readonly remaining: number | null;
  /** A sentence to show in the row when something needs the person's attention. */
  readonly problem: string | null;
}

const shareLeft = (msLeft: number, lifetimeMs: number): number => Math.min(1, Math.max(0, msLeft / Math.max(1, lifetimeMs)));

/** "retrying in 12 s", "retrying in 2 min 5 s"; "retrying now" once the time has come (its answer is on the way). */
function formatRetryIn(msLeft: number): string {
  const seconds = Math.ceil(msLeft / 1000);
  if (seconds <= 0) return 'retrying now';
  if (seconds < 60) return `retrying in ${seconds} s`;
  const rest = seconds % 60;
  return `retrying in ${Math.floor(seconds / 60)} min${rest === 0 ? '' : ` ${rest} s`}`;
}

function describeTokenOnly(profile: ProfileView, now: number, expiringSoonMs: number): TokenView {
  const status = tokenStatus(profile.token, now, expiringSoonMs);
  switch (status.kind) {
    case 'none':
      return { state: 'none', label: 'No token yet', tone: 'neutral', countdown: 'no token held', remaining: null, problem: null };
    case 'valid':
    case 'expiring':
      return {
        state: status.kind,
        label: status.kind === 'valid' ? 'Valid' : 'Expiring soon',
        tone: status.kind === 'valid' ? 'good' : 'warning',
        countdown: `expires in ${formatCountdown(status.msLeft)}`,
        remaining: shareLeft(status.msLeft, status.lifetimeMs),
        problem: null,
      };
    case 'unknown':
      return { state: 'valid', label: 'Valid', tone: 'good', countdown: 'expiry unknown — every copy gets a new one', remaining: null, problem: null };
    case 'expired':
      return { state: 'expired', label: 'Expired', tone: 'neutral', countdown: formatExpiredAgo(status.msAgo), remaining: 0, problem: null };
    case 'failed': {
      // A failed renewal may leave the previous token in place; while it lasts, it is still worth copying.
      const previous = profile.token.state === 'failed' ? profile.token.previous : null;
      const retryAt = profile.token.state === 'failed' ? profile.token.retryAt : undefined;
      const msLeft = status.msLeft;
      const temporary = isTemporaryFailure(status.error);
      return {
        state: temporary ? 'temporary' : 'needs-you',
        label: temporary ? 'Failed — temporary' : 'Failed — needs attention',
        tone: temporary ? 'warning' : 'danger',
        // Main tries again by itself when Butlr said when (a person was waiting): that is what happens next.
        countdown:
          retryAt !== undefined
            ? formatRetryIn(retryAt - now)
            : msLeft === null
              ? 'no usable token'
              : `old token, ${formatCountdown(msLeft)} left`,
        remaining: msLeft === null || previous?.expiresAt == null ? null : shareLeft(msLeft, previous.expiresAt - previous.obtainedAt),
        problem: status.error.message,
      };
    }
  }
}

/** "op" for /usr/local/bin/op: the program a reference runs, short enough for a row (the form shows the whole command). */
const programOf = (executable: string): string => executable.replace(/^.*[\\/]/, '');

/**
 * A secret reference main will not run as it stands: never confirmed here (imported, or a new base URL or audience),
 * changed outside the app, or its confirmation unreadable on this computer. Nothing is to be typed in any of these, only
 * the command to be read and saved again.
 */
function describeReferenceProblem(profile: ProfileView, reference: SecretReference): SecretProblem | null {
  const runs = `The ${factsOf(profile.kind).secret.name} is read by running ${programOf(reference.executable)}`;
  const confirm = 'Edit the profile and save it to confirm.';
  switch (profile.secret) {
    case 'missing':
      return { state: 'needs-you', label: 'Confirm secret reference', tone: 'danger', problem: `${runs}, which is not confirmed on this computer yet. ${confirm}` };
    case 'server_changed':
      return { state: 'needs-you', label: 'Changed outside the app — confirm reference', tone: 'danger', problem: `${runs}, but the profile changed outside the app, so it is not run. ${confirm}` };
    case 'unreadable':
      return { state: 'needs-you', label: 'Confirm secret reference', tone: 'danger', problem: `${runs}, but this computer cannot decrypt its confirmation. ${confirm}` };
    default:
      return null;
  }
}

/** What has to be fixed before the profile can sign in again, its sentence starting with the profile's name as every other. */
function describeSecretProblem(profile: ProfileView): Pick<TokenView, 'state' | 'label' | 'tone' | 'problem'> | null {
  const problem = secretProblemOf(profile);
  return problem && { ...problem, problem: aboutProfile(profile.name, problem.problem) };
}

/** What a row leads with while the profile cannot sign in: its badge and the sentence saying why. */
type SecretProblem = Pick<TokenView, 'state' | 'label' | 'tone'> & { readonly problem: string };

/** A damaged record, or a secret that is not usable. */
function secretProblemOf(profile: ProfileView): SecretProblem | null {
  if (profile.damage) return { state: 'needs-you', label: 'Damaged — edit it', tone: 'danger', problem: profile.damage.message };
  const secret = factsOf(profile.kind).secret.name;
  if (profile.secretReference && profile.secret !== 'waiting') return describeReferenceProblem(profile, profile.secretReference);
  switch (profile.secret) {
    case 'set':
      return null;
    case 'missing':
      return { state: 'needs-you', label: 'Needs secret', tone: 'danger', problem: `No ${secret} is saved. Enter it to get tokens.` };
    case 'unreadable':
      return {
        state: 'needs-you',
        label: 'Secret unreadable — re-enter it',
        tone: 'danger',
        problem: `This computer can no longer decrypt the saved ${secret} (it was saved on another computer or under another keyring). Enter it again.`,
      };
    case 'waiting':
      return {
        state: 'temporary',
        label: 'Waiting for the keyring',
        tone: 'warning',
        problem: `The system keyring is locked or not ready yet. The saved ${secret} is kept; the app reads it again on its own, and as soon as you unlock.`,
      };
    case 'server_changed':
      return {
        state: 'needs-you',
        label: 'Changed outside the app — re-enter secret',
        tone: 'danger',
        problem: 'The base URL or sign-in changed outside the app; enter the secret again.',
      };
  }
}

/** A token that works but was not saved keeps its badge text; the tone and the sentence say it will not survive a restart. */
function withSaveProblem(profile: ProfileView, view: TokenView): TokenView {
  const saveError = profile.token.state === 'issued' ? profile.token.saveError : undefined;
  return saveError ? { ...view, tone: view.tone === 'good' ? 'warning' : view.tone, problem: saveError.message } : view;
}

/** `expiringSoonMs` is the person's "expiring soon" setting; the shared default until settings have loaded. */
export function describeToken(profile: ProfileView, now: number, expiringSoonMs: number = EXPIRING_SOON_MS): TokenView {
  const view = withSaveProblem(profile, describeTokenOnly(profile, now, expiringSoonMs));
  // A held token may still work, so the countdown stays; the badge leads with what has to be fixed.
  const secretProblem = describeSecretProblem(profile);
  return secretProblem ? { ...view, ...secretProblem } : view;
}

/** The row's problem sentence, which does not depend on the time: what describeToken(…).problem says at any moment. */
export function describeProblem(profile: ProfileView): string | null {
  const secretProblem = describeSecretProblem(profile);
  if (secretProblem) return secretProblem.problem;
  if (profile.token.state === 'failed') return profile.token.error.message;
  return profile.token.state === 'issued' ? (profile.token.saveError?.message ?? null) : null;
}

/** The token main holds for a profile, if any: the issued one, or the one a failed renewal left in place. */
export function heldLifetime(profile: ProfileView): TokenLifetime | null {
  if (profile.token.state === 'issued') return { obtainedAt: profile.token.obtainedAt, expiresAt: profile.token.expiresAt };
  return profile.token.state === 'failed' ? profile.token.previous : null;
}
