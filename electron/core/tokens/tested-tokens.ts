// Tokens the profile form's Test fetched, kept a short while so that saving the same credentials keeps the token instead
// of signing in again. The renderer only ever holds the handle: a one-time, unguessable name for a token sealed here.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { secretOf } from '../../../shared/credentials/credential-kinds';
import { signInIdentityOf } from '../profiles/sign-in-identity';
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

interface Kept {
  /** SHA-256 of the credentials: the secret is compared, never kept a second time. */
  readonly digest: Buffer;
  readonly token: StoredToken;
  readonly keptAt: number;
}

/** Every part of a sign-in, in a fixed order, hashed: two grants match only if each part is the same. */
function digestOf(credentials: TokenGrant): Buffer {
  const identity = signInIdentityOf(credentials);
  return createHash('sha256').update(JSON.stringify([identity, secretOf(credentials)])).digest();
}

export function createTestedTokens({ now, ttlMs = TESTED_TOKEN_TTL_MS, maxKept = MAX_TESTED_TOKENS, newHandle = () => randomBytes(32).toString('base64url') }: TestedTokensDeps): TestedTokens {
  // In insertion order, so the first entry is the oldest.
  const kept = new Map<string, Kept>();
  const dropStale = (): void => {
    for (const [handle, entry] of kept) if (now() - entry.keptAt >= ttlMs) kept.delete(handle);
  };
  return {
    keep(credentials, token) {
      dropStale();
      while (kept.size >= maxKept) kept.delete(kept.keys().next().value as string);
      const handle = newHandle();
      kept.set(handle, { digest: digestOf(credentials), token, keptAt: now() });
      return handle;
    },
    claim(handle, credentials) {
      const entry = kept.get(handle);
      kept.delete(handle);
      dropStale();
      if (!entry || now() - entry.keptAt >= ttlMs) return null;
      if (entry.token.expiresAt !== null && entry.token.expiresAt <= now()) return null;
      return timingSafeEqual(entry.digest, digestOf(credentials)) ? entry.token : null;
    },
  };
}
