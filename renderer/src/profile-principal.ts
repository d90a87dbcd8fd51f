// Where a profile points and who it signs in as, in the words the row, the details panel and search use.

/** Who the profile signs in as, with its label: a client ID or a username, as each kind says (shared/credentials/). */
export { principalOf } from '../../shared/credentials/credential-kinds';

/** The environment a profile points at, as a person recognises it: the host of its base URL. */
export function environmentOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/** Butlr's own API host: shared/profile.ts's DEFAULT_BASE_URL, written out so the board's first chunk stays free of zod. */
export const DEFAULT_HOST = 'api.butlr.io';

/** The host a row shows: null for Butlr's default API (most profiles), so the rows that point elsewhere stand out. */
export function shownHostOf(baseUrl: string): string | null {
  const host = environmentOf(baseUrl);
  return host === DEFAULT_HOST ? null : host;
}
