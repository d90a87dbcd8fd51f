// What Butlr's login endpoints answer, as far as we rely on it.
import { z } from 'zod';

/**
 * RFC 6750's b64token: the only characters a bearer token may hold. Checked on arrival because the token is pasted into
 * headers and shell commands, where a quote, `$` or line break from a hostile server would change their meaning.
 */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

export function isBearerToken(value: string): boolean {
  return B64TOKEN.test(value);
}

export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  // Some gateways send numbers as strings; anything else falls back to the JWT's `exp`.
  expires_in: z
    .union([z.number(), z.string().regex(/^\d+(\.\d+)?$/).transform(Number)])
    .optional()
    .catch(undefined),
  token_type: z.string().refine((type) => type.toLowerCase() === 'bearer', 'token_type is not Bearer'),
  scope: z.string().optional(),
  /** Password sign-ins only. */
  refresh_token: z.string().min(1).optional().catch(undefined),
  id_token: z.string().min(1).optional().catch(undefined),
});

/** An OAuth error body: `{ error, error_description }`. */
export const oauthErrorSchema = z.object({
  error: z.string().max(200),
  error_description: z.string().max(500).optional(),
});
