// The stored token: its record schema and version, and tokens.json, the single file tokens lived in up to version 2.
import { z } from 'zod';
import { markUnbound } from '../security/bound-value';
import type { StoreSpec } from '../storage/store-spec';

export const storedTokenSchema = z.object({
  /** safeStorage ciphertext of the access token, sealed with the sign-in identity it was issued for (see bound-value.ts). */
  encryptedAccessToken: z.string(),
  obtainedAt: z.number(),
  /** null: Butlr did not say when it expires. */
  expiresAt: z.number().nullable(),
});
export type StoredToken = z.infer<typeof storedTokenSchema>;

/**
 * v3: one file per profile in tokens/ (token-folder.ts), so saving one token writes that token only. v1 and v2 were
 * tokens.json, every token in one file; it is moved into the folder at the first start that finds it (legacy-tokens-file.ts).
 */
export const TOKENS_SCHEMA_VERSION = 3;

/**
 * v1 → v2: access tokens are sealed with their sign-in identity; the ones sealed before are marked to be bound at first
 * use. Password sign-ins' refresh and id tokens are dropped: Butlr has no endpoint that takes them, and nothing read them.
 */
function bindTokensAndDropExtras(file: Record<string, unknown>): Record<string, unknown> {
  const tokens = file.tokens;
  if (typeof tokens !== 'object' || tokens === null || Array.isArray(tokens)) return file;
  const migrated = Object.entries(tokens).map(([profileId, token]: [string, unknown]) => {
    if (typeof token !== 'object' || token === null) return [profileId, token];
    const { encryptedRefreshToken: _refresh, encryptedIdToken: _id, encryptedAccessToken, ...rest } = token as Record<string, unknown>;
    return [profileId, { ...rest, encryptedAccessToken: typeof encryptedAccessToken === 'string' ? markUnbound(encryptedAccessToken) : encryptedAccessToken }];
  });
  return { ...file, tokens: Object.fromEntries(migrated) };
}

/** tokens.json as its last version (2) wrote it; read only to move its tokens into tokens/. */
export const legacyTokensFileSpec: StoreSpec = {
  name: 'tokens',
  version: 2,
  migrations: { 1: bindTokensAndDropExtras },
  records: { key: 'tokens', layout: 'map', schema: storedTokenSchema },
};
