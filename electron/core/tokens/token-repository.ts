// Tokens on disk, in their own file because they change far more often than profiles; the token only as ciphertext.
import { z } from 'zod';
import type { KeyValueStore } from '../storage/key-value-store';
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

export interface TokenRepository {
  get(profileId: string): StoredToken | undefined;
  entries(): [string, StoredToken][];
  put(profileId: string, token: StoredToken): void;
  remove(profileId: string): void;
}

export function createTokenRepository(store: KeyValueStore<TokensFile>): TokenRepository {
  const tokens = new Map(Object.entries(z.record(z.string(), storedTokenSchema).parse(store.get('tokens') ?? {})));
  const save = (): void => store.set('tokens', Object.fromEntries(tokens));
  return {
    get: (profileId) => tokens.get(profileId),
    entries: () => [...tokens.entries()],
    put(profileId, token) {
      tokens.set(profileId, token);
      save();
    },
    remove(profileId) {
      if (tokens.delete(profileId)) save();
    },
  };
}
