// What the renderer learns about a profile's token: when it was issued and when it expires, never the token itself.
import { z } from './zod-mini';
import { appErrorSchema } from './app-error';

const tokenLifetimeSchema = z.object({
  obtainedAt: z.number(),
  /** null: neither `expires_in` nor the JWT's `exp` said when; such a token is renewed on every copy. */
  expiresAt: z.nullable(z.number()),
});
export type TokenLifetime = z.infer<typeof tokenLifetimeSchema>;

export const tokenInfoSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  z.object({
    state: z.literal('issued'),
    ...tokenLifetimeSchema.shape,
    /** The token works, but saving it to disk failed, so it would not survive a restart; says what to check. */
    saveError: z.optional(appErrorSchema),
  }),
  /**
   * The last attempt failed; `previous` is the token still held from before, if any. `retryAt`: when it is tried again by
   * itself, because a person was waiting for it and Butlr said when to come back (`Retry-After`).
   */
  z.object({
    state: z.literal('failed'),
    failedAt: z.number(),
    error: appErrorSchema,
    previous: z.nullable(tokenLifetimeSchema),
    retryAt: z.optional(z.number()),
  }),
]);
export type TokenInfo = z.infer<typeof tokenInfoSchema>;
