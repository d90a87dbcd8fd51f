// Where a profile points and who it signs in as, in the words the row, the details panel and search use.

/** Who the profile signs in as, with its label: a client ID or a username, as each kind says (shared/credentials/). */
export { principalOf } from '../../shared/credentials/credential-kinds';

/** The host of a profile's base URL: the short form of it a row, and the quick switcher show. */
export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/** Butlr's own API host: shared/profile.ts's DEFAULT_BASE_URL, written out so the board's first chunk stays free of zod. */
export const DEFAULT_HOST = 'api.butlr.io';

/** A base URL as a list shows it, whole but without the "https://" nearly every one starts with. */
export function shortBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/^https:\/\//i, '');
}

/** The host a row shows for its base URL: null for Butlr's default API (most profiles), so the rows that point elsewhere stand out. */
export function shownHostOf(baseUrl: string): string | null {
  const host = hostOf(baseUrl);
  return host === DEFAULT_HOST ? null : host;
}
