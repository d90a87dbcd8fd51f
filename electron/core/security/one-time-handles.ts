// Values main keeps a short while behind a handle the renderer may hold: one-time, unguessable, and good only for what it
// was made for (a SHA-256 of it is kept and compared, never the thing itself). tokens/tested-tokens.ts keeps a Test's
// token for a save of the same credentials; secret-sources/allowed-commands.ts keeps a person's Run it for a save of the
// same command.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface OneTimeHandles<T> {
  /** Keeps `value` for what `digest` names, and returns the handle that claims it. */
  keep(digest: Buffer, value: T): string;
  /**
   * The value kept under `handle`, if it was kept for exactly `digest` less than the time limit ago; null otherwise. The
   * handle is spent either way: it never works twice.
   */
  claim(handle: string, digest: Buffer): T | null;
}

export interface OneTimeHandlesOptions {
  readonly now: () => number;
  readonly ttlMs: number;
  /** At most this many wait at once; a new one pushes out the oldest. */
  readonly maxKept: number;
  /** 32 random bytes, base64url: 43 characters no one can guess. */
  readonly newHandle?: () => string;
}

interface Kept<T> {
  readonly digest: Buffer;
  readonly value: T;
  readonly keptAt: number;
}

export function createOneTimeHandles<T>({ now, ttlMs, maxKept, newHandle = () => randomBytes(32).toString('base64url') }: OneTimeHandlesOptions): OneTimeHandles<T> {
  // In insertion order, so the first entry is the oldest.
  const kept = new Map<string, Kept<T>>();
  const dropStale = (): void => {
    for (const [handle, entry] of kept) if (now() - entry.keptAt >= ttlMs) kept.delete(handle);
  };
  return {
    keep(digest, value) {
      dropStale();
      while (kept.size >= maxKept) kept.delete(kept.keys().next().value as string);
      const handle = newHandle();
      kept.set(handle, { digest, value, keptAt: now() });
      return handle;
    },
    claim(handle, digest) {
      const entry = kept.get(handle);
      kept.delete(handle);
      dropStale();
      if (!entry || now() - entry.keptAt >= ttlMs) return null;
      return timingSafeEqual(entry.digest, digest) ? entry.value : null;
    },
  };
}
