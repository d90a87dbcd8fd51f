// Tokens the profile form's Test fetched, kept a short while so that saving the same credentials keeps the token instead
// of signing in again. The renderer only ever holds the handle: a one-time, unguessable name for a token sealed here.
import { createHash } from 'node:crypto';
import { secretOf } from '../../../shared/credentials/credential-kinds';
import { signInIdentityOf } from '../profiles/sign-in-identity';
import { createOneTimeHandles } from '../security/one-time-handles';
import type { TokenGrant } from './token-client';
import type { StoredToken } from './token-repository';

/** How long a tested token waits for its profile to be saved: long enough to fill in notes and tags, no longer. */
export const TESTED_TOKEN_TTL_MS = 10 * 60_000;
/** At most this many wait at once; a new one pushes out the oldest (each Test makes one, whether it is saved or not). */
export const MAX_TESTED_TOKENS = 8;

export interface TestedTokens {
  /** Keeps `token`, sealed for the credentials it was fetched with, and returns the handle that claims it. */
  keep(credentials: TokenGrant, token: StoredToken): string;
  /**
   * The token kept under `handle`, if it was kept for exactly these credentials (kind, base URL, the kind's fields and the
   * secret), less than the time limit ago, and has not expired. The handle is spent either way: it never works twice.
   */
  claim(handle: string, credentials: TokenGrant): StoredToken | null;
}

interface TestedTokensDeps {
  readonly now: () => number;
  readonly ttlMs?: number;
  readonly maxKept?: number;
  /** 32 random bytes, base64url: 43 characters no one can guess. */
  readonly newHandle?: () => string;
}

/** Every part of a sign-in, in a fixed order, hashed: two grants match only if each part is the same. */
function digestOf(credentials: TokenGrant): Buffer {
  const identity = signInIdentityOf(credentials);
  return createHash('sha256').update(JSON.stringify([identity, secretOf(credentials)])).digest();
}

export function createTestedTokens({ now, ttlMs = TESTED_TOKEN_TTL_MS, maxKept = MAX_TESTED_TOKENS, newHandle }: TestedTokensDeps): TestedTokens {
  // The credentials' SHA-256 is kept, never the secret a second time.
  const handles = createOneTimeHandles<StoredToken>({ now, ttlMs, maxKept, ...(newHandle && { newHandle }) });
  return {
    keep: (credentials, token) => handles.keep(digestOf(credentials), token),
    claim(handle, credentials) {
      const token = handles.claim(handle, digestOf(credentials));
      return token !== null && (token.expiresAt === null || token.expiresAt > now()) ? token : null;
    },
  };
}
