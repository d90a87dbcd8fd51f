// The one rule for a Butlr API base URL, used by the profile form, save, .env and JSON import, and stored-profile checks.
import { z } from './zod-mini';

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
/** 127.0.0.0/8 as the URL parser spells it (it normalises `127.1` to `127.0.0.1`); not any name starting with "127.". */
const LOOPBACK_IPV4 = /^127(\.\d{1,3}){3}$/;
/**
 * The URL parser silently drops tabs and line breaks and reads `\` as `/`, so what a person typed would not be what is
 * used: refuse them (and any other whitespace or control character) rather than guess.
 */
const SILENTLY_REWRITTEN = /[\\\s\p{Cc}]/u;
/**
 * A base URL ends up in a pasted shell command and in request lines, and the URL standard leaves `'`, `$`, `(`, `;`, `|`
 * and more unencoded in a host or a path. So both are held to characters no shell or header gives a meaning to: DNS
 * names (the parser lowercases them and turns international ones into `xn--` form), IP literals, and RFC 3986's
 * unreserved characters plus `/` in the path.
 */
const SAFE_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])$/;
const SAFE_PATH = /^[A-Za-z0-9\-._~/]*$/;

export const BASE_URL_MESSAGES = {
  empty: 'Enter the API base URL, for example https://api.butlr.io.',
  rewritten: 'The base URL may not contain spaces, tabs, line breaks or backslashes.',
  notUrl: 'That is not a URL. Use the form https://api.butlr.io.',
  notHttps: 'Use an https:// address; plain http is only allowed for this computer (localhost).',
  extras: 'Leave credentials, query and fragment out of the base URL.',
  host: "The base URL's host may contain only letters, digits, '-' and '.'.",
  path: "The base URL's path may contain only letters, digits, '-', '.', '_', '~' and '/'.",
} as const;

export type BaseUrlCheck = { readonly ok: true; readonly baseUrl: string } | { readonly ok: false; readonly problem: string };

/**
 * Checks a base URL as typed or stored, and gives its normalised form (origin and path, no trailing slash). Secrets only
 * ever travel over https; plain http is allowed for loopback hosts so a local test server can stand in for Butlr.
 */
export function checkBaseUrl(input: string): BaseUrlCheck {
  const refuse = (problem: string): BaseUrlCheck => ({ ok: false, problem });
  const text = input.trim();
  if (text === '') return refuse(BASE_URL_MESSAGES.empty);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse(BASE_URL_MESSAGES.notUrl);
  }
  if (SILENTLY_REWRITTEN.test(text)) return refuse(BASE_URL_MESSAGES.rewritten);
  const isLoopback = LOOPBACK_HOSTS.has(url.hostname) || LOOPBACK_IPV4.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback)) return refuse(BASE_URL_MESSAGES.notHttps);
  // `href` keeps an empty `?` or `#` that `search` and `hash` report as '': neither may appear at all.
  if (url.username || url.password || url.search || url.hash || /[?#]/.test(url.href)) return refuse(BASE_URL_MESSAGES.extras);
  if (!SAFE_HOST.test(url.hostname)) return refuse(BASE_URL_MESSAGES.host);
  if (!SAFE_PATH.test(url.pathname)) return refuse(BASE_URL_MESSAGES.path);
  return { ok: true, baseUrl: url.origin + url.pathname.replace(/\/+$/, '') };
}

/** What is wrong with a base URL, as a sentence for a person; null when it may be used. */
export function baseUrlProblem(input: string): string | null {
  const check = checkBaseUrl(input);
  return check.ok ? null : check.problem;
}

/** `checkBaseUrl` as a schema: parses to the normalised base URL, or fails with the rule's message. */
export const baseUrlSchema = z.pipe(
  z.string(),
  z.transform((text: string, context) => {
    const check = checkBaseUrl(text);
    if (check.ok) return check.baseUrl;
    context.issues.push({ code: 'custom', message: check.problem, input: text });
    return z.NEVER;
  }),
);
