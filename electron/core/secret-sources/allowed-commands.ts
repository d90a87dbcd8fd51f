// Custom commands the person allowed in main's own dialog on the form's Test, kept a short while so that saving exactly
// that command for exactly that profile does not ask a second time. Like a tested token (tokens/tested-tokens.ts), the
// renderer only ever holds a one-time, unguessable handle; what it names was allowed by the person, never by a window.
import { createHash } from 'node:crypto';
import { canonicalReference, type SecretReference } from '../../../shared/secret-sources/secret-presets';
import { signInIdentityOf, type SignInIdentity } from '../profiles/sign-in-identity';
import { createOneTimeHandles } from '../security/one-time-handles';

/** As long as a tested token waits: the form is filled in and saved within it, or the person is asked again. */
export const ALLOWED_COMMAND_TTL_MS = 10 * 60_000;
/** At most this many wait at once; a new one pushes out the oldest. */
export const MAX_ALLOWED_COMMANDS = 8;

export interface AllowedCommands {
  /** Remembers that the person allowed `reference` to run for a profile signing in as `identity`; the handle names it. */
  keep(identity: SignInIdentity, reference: SecretReference): string;
  /**
   * Whether `handle` names exactly this command (program and every argument) allowed for exactly this identity (kind,
   * base URL, the kind's fields), less than the time limit ago. The handle is spent either way: it never works twice.
   */
  claim(handle: string, identity: SignInIdentity, reference: SecretReference): boolean;
}

interface AllowedCommandsDeps {
  readonly now: () => number;
  readonly ttlMs?: number;
  readonly maxKept?: number;
  /** 32 random bytes, base64url: 43 characters no one can guess. */
  readonly newHandle?: () => string;
}

/** The identity and the command, in a fixed order, hashed: two match only if every part is the same. */
const digestOf = (identity: SignInIdentity, reference: SecretReference): Buffer =>
  createHash('sha256').update(JSON.stringify([signInIdentityOf(identity), canonicalReference(reference)])).digest();

export function createAllowedCommands({ now, ttlMs = ALLOWED_COMMAND_TTL_MS, maxKept = MAX_ALLOWED_COMMANDS, newHandle }: AllowedCommandsDeps): AllowedCommands {
  const handles = createOneTimeHandles<true>({ now, ttlMs, maxKept, ...(newHandle && { newHandle }) });
  return {
    keep: (identity, reference) => handles.keep(digestOf(identity, reference), true),
    claim: (handle, identity, reference) => handles.claim(handle, digestOf(identity, reference)) === true,
  };
}
