// The environment variables a token is handed to a program in, for `exec` and `env` alike.
import type { TokenGetResult } from '../../shared/cli-protocol';

/** Each variable's value; undefined: not known (a token without a stated expiry), so any older value must go. */
export function tokenVariables(token: TokenGetResult): Record<string, string | undefined> {
  return {
    BUTLR_ACCESS_TOKEN: token.accessToken,
    BUTLR_TOKEN_EXPIRES_AT: token.expiresAt === null ? undefined : new Date(token.expiresAt).toISOString(),
    BUTLR_BASE_URL: token.baseUrl,
  };
}
