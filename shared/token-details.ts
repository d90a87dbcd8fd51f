// A token's decoded JWT header and claims, for the details panel. The signature and the raw token stay in main.
import { z } from './zod-mini';

const claimValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

export const tokenDetailsSchema = z.object({
  /** False for an opaque (non-JWT) token: nothing to decode. */
  isJwt: z.boolean(),
  header: z.record(z.string(), claimValueSchema),
  /** The claims a person looks for, each shown as sent (aud may be a list). */
  claims: z.record(z.string(), claimValueSchema),
  obtainedAt: z.number(),
  expiresAt: z.nullable(z.number()),
});
export type TokenDetails = z.infer<typeof tokenDetailsSchema>;
