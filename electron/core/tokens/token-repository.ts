// Tokens on disk, one file per profile (token-folder.ts) because they change far more often than profiles; the token only as ciphertext.
import { createDeferredWrite } from '../storage/deferred-write';
import type { TokenFolder } from './token-folder';
import type { StoredToken } from './tokens-file';

export { storedTokenSchema, type StoredToken } from './tokens-file';

/** What became of one write, and which profiles' tokens it was carrying. */
export type TokensWrite =
  | { readonly ok: true; readonly profileIds: readonly string[] }
  | { readonly ok: false; readonly profileIds: readonly string[]; readonly error: unknown };

export interface TokenRepository {
  get(profileId: string): StoredToken | undefined;
  entries(): [string, StoredToken][];
  /**
   * Holds the token at once; it reaches the disk just after the current answer (see `flush`), unless `persist` is false:
   * then it is held in memory only, and any token of that profile already on disk is taken off it with the next write.
   */
  put(profileId: string, token: StoredToken, persist?: boolean): void;
  /** Whether the held token is in memory only (see `put`). */
  inMemoryOnly(profileId: string): boolean;
  /** `put`, kept as persisted or not, only while the held token is still `expected`: false when it was replaced or removed meanwhile. */
  replaceIf(profileId: string, expected: StoredToken, token: StoredToken): boolean;
  /** Written at once, with anything still pending: a removed token should not linger on disk. */
  remove(profileId: string): void;
  /** Writes what is still pending; called at quit. Never throws: the outcome goes to the `onWrite` listeners. */
  flush(): void;
  /** Hears each write's outcome. Tokens a failed write carried stay pending and go with the next write. */
  onWrite(listener: (write: TokensWrite) => void): void;
}

export function createTokenRepository(folder: TokenFolder): TokenRepository {
  const tokens = new Map(folder.loaded);
  const onDisk = new Set(folder.loaded.keys());
  /** Profiles whose file does not match what is held yet: each is written, or deleted, by the next write. */
  const pending = new Set<string>();
  const memoryOnly = new Set<string>();
  const listeners: ((write: TokensWrite) => void)[] = [];
  const notify = (write: TokensWrite): void => {
    for (const listener of listeners) listener(write);
  };
  /** Brings one profile's file in line with what is held; returns whether that wrote a token. */
  const sync = (profileId: string): boolean => {
    const token = tokens.get(profileId);
    if (token && !memoryOnly.has(profileId)) {
      folder.write(profileId, token);
      onDisk.add(profileId);
      return true;
    }
    if (onDisk.has(profileId)) folder.remove(profileId);
    onDisk.delete(profileId);
    return false;
  };
  let failedIds: string[] = [];
  // A sign-in answers before its token is on disk: the person never waits for the fsync (about 1 ms here, far more on a
  // busy disk), and the worst a crash in between costs is one sign-in after restart. Each profile's file is written on
  // its own, so one that fails stays pending without holding back the others, and is reported alone.
  const deferred = createDeferredWrite({
    write() {
      const saved: string[] = [];
      const failures: { profileId: string; error: unknown }[] = [];
      for (const profileId of [...pending]) {
        try {
          if (sync(profileId)) saved.push(profileId);
          pending.delete(profileId);
        } catch (error) {
          failures.push({ profileId, error });
        }
      }
      if (saved.length > 0 || failures.length === 0) notify({ ok: true, profileIds: saved });
      if (failures.length === 0) return;
      failedIds = failures.filter(({ profileId }) => tokens.has(profileId) && !memoryOnly.has(profileId)).map(({ profileId }) => profileId);
      throw failures[0]!.error;
    },
    failed: (error) => notify({ ok: false, profileIds: failedIds, error }),
  });
  const put = (profileId: string, token: StoredToken, persist = true): void => {
    tokens.set(profileId, token);
    if (persist) memoryOnly.delete(profileId);
    else memoryOnly.add(profileId);
    pending.add(profileId);
    deferred.schedule();
  };
  return {
    get: (profileId) => tokens.get(profileId),
    entries: () => [...tokens.entries()],
    put,
    inMemoryOnly: (profileId) => memoryOnly.has(profileId),
    replaceIf(profileId, expected, token) {
      if (tokens.get(profileId) !== expected) return false;
      put(profileId, token, !memoryOnly.has(profileId));
      return true;
    },
    remove(profileId) {
      if (!tokens.delete(profileId)) return;
      memoryOnly.delete(profileId);
      pending.add(profileId);
      deferred.writeNow();
    },
    flush: deferred.flush,
    onWrite(listener) {
      listeners.push(listener);
    },
  };
}
