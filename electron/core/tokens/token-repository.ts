// Tokens on disk, in their own file because they change far more often than profiles; the token only as ciphertext.
import { z } from 'zod';
import type { KeyValueStore } from '../storage/key-value-store';
import { createDeferredWrite } from '../storage/deferred-write';
import { storedTokenSchema, type StoredToken, type TokensFile } from './tokens-file';

export { storedTokenSchema, tokensFileDefaults, tokensFileSpec, type StoredToken, type TokensFile } from './tokens-file';

/** What became of one write of tokens.json, and which profiles' tokens it was carrying. */
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

export function createTokenRepository(store: KeyValueStore<TokensFile>): TokenRepository {
  const tokens = new Map(Object.entries(z.record(z.string(), storedTokenSchema).parse(store.get('tokens') ?? {})));
  const unsaved = new Set<string>();
  const memoryOnly = new Set<string>();
  const listeners: ((write: TokensWrite) => void)[] = [];
  const notify = (write: TokensWrite): void => {
    for (const listener of listeners) listener(write);
  };
  // A sign-in answers before its token is on disk: the person never waits for the fsync (about 1 ms here, far more on
  // a busy disk or a large file), and the worst a crash in between costs is one sign-in after restart.
  const deferred = createDeferredWrite({
    write: () => store.set('tokens', Object.fromEntries([...tokens].filter(([profileId]) => !memoryOnly.has(profileId)))),
    written() {
      const profileIds = [...unsaved];
      unsaved.clear();
      notify({ ok: true, profileIds });
    },
    failed: (error) => notify({ ok: false, profileIds: [...unsaved], error }),
  });
  const put = (profileId: string, token: StoredToken, persist = true): void => {
    tokens.set(profileId, token);
    if (persist) {
      memoryOnly.delete(profileId);
      unsaved.add(profileId);
    } else {
      memoryOnly.add(profileId);
      unsaved.delete(profileId);
    }
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
      unsaved.delete(profileId);
      memoryOnly.delete(profileId);
      deferred.writeNow();
    },
    flush: deferred.flush,
    onWrite(listener) {
      listeners.push(listener);
    },
  };
}
