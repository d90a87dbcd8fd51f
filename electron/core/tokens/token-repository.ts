// Tokens on disk, in their own file because they change far more often than profiles; the token only as ciphertext.
import { z } from 'zod';
import type { KeyValueStore } from '../storage/key-value-store';
import { createDeferredWrite } from '../storage/deferred-write';
import type { StoreSpec } from '../storage/store-spec';

export const storedTokenSchema = z.object({
  /** safeStorage ciphertext of the access token. */
  encryptedAccessToken: z.string(),
  obtainedAt: z.number(),
  /** null: Butlr did not say when it expires. */
  expiresAt: z.number().nullable(),
  /** Password sign-ins: the refresh and id tokens from the same answer, as ciphertext. */
  encryptedRefreshToken: z.string().optional(),
  encryptedIdToken: z.string().optional(),
});
export type StoredToken = z.infer<typeof storedTokenSchema>;

export interface TokensFile extends Record<string, unknown> {
  version: number;
  tokens: Record<string, StoredToken>;
}
export const tokensFileDefaults: TokensFile = { version: 1, tokens: {} };

export const tokensFileSpec: StoreSpec = { name: 'tokens', version: 1, migrations: {}, records: { key: 'tokens', layout: 'map', schema: storedTokenSchema } };

/** What became of one write of tokens.json, and which profiles' tokens it was carrying. */
export type TokensWrite =
  | { readonly ok: true; readonly profileIds: readonly string[] }
  | { readonly ok: false; readonly profileIds: readonly string[]; readonly error: unknown };

export interface TokenRepository {
  get(profileId: string): StoredToken | undefined;
  entries(): [string, StoredToken][];
  /** Holds the token at once; it reaches the disk just after the current answer (see `flush`). */
  put(profileId: string, token: StoredToken): void;
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
  const listeners: ((write: TokensWrite) => void)[] = [];
  const notify = (write: TokensWrite): void => {
    for (const listener of listeners) listener(write);
  };
  // A sign-in answers before its token is on disk: the person never waits for the fsync (about 1 ms here, far more on
  // a busy disk or a large file), and the worst a crash in between costs is one sign-in after restart.
  const deferred = createDeferredWrite({
    write: () => store.set('tokens', Object.fromEntries(tokens)),
    written() {
      const profileIds = [...unsaved];
      unsaved.clear();
      notify({ ok: true, profileIds });
    },
    failed: (error) => notify({ ok: false, profileIds: [...unsaved], error }),
  });
  return {
    get: (profileId) => tokens.get(profileId),
    entries: () => [...tokens.entries()],
    put(profileId, token) {
      tokens.set(profileId, token);
      unsaved.add(profileId);
      deferred.schedule();
    },
    remove(profileId) {
      if (!tokens.delete(profileId)) return;
      unsaved.delete(profileId);
      deferred.writeNow();
    },
    flush: deferred.flush,
    onWrite(listener) {
      listeners.push(listener);
    },
  };
}
