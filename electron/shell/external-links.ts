// The only links the app may hand to the person's browser: https pages on Butlr's own hosts.

/** Exact host names: a suffix match would let `evilbutlr.io` or `butlr.io.evil.example` through. */
export const ALLOWED_EXTERNAL_HOSTS: ReadonlySet<string> = new Set(['butlr.io', 'app.butlr.io', 'docs.butlr.io']);

/**
 * True only for `https://<allowed host>/...` with no credentials and no explicit port, so
 * `shell.openExternal` never launches another scheme's handler (file:, smb:, a custom protocol).
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    ALLOWED_EXTERNAL_HOSTS.has(parsed.hostname) &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
