// Signs in against Butlr's login endpoints and turns every outcome into a token or a typed, actionable error.
import { appError, type AppError } from '../../../shared/app-error';
import { factsOf, secretOf, type CredentialKind, type CredentialValues } from '../../../shared/credentials/credential-kinds';
import { computeExpiresAt } from '../../../shared/expiry';
import { DEFAULT_BASE_URL } from '../../../shared/profile';
import { fail, ok, type Result } from '../../../shared/result';
import { signInRequest } from '../credentials/sign-in-methods';
import { readJwtExpiry } from './jwt-claims';
import { parseRetryAfter } from './retry-after';
import { isBearerToken, oauthErrorSchema, tokenResponseSchema } from './token-response';

/** `fetch` as both Node and Electron's `net.fetch` offer it; injected so tests run against a loopback server. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_RESPONSE_BYTES = 1_000_000;

/** A sign-in: the kind's fields and secret (shared/credentials/), and the server they go to. */
export type TokenGrant<K extends CredentialKind = CredentialKind> = CredentialValues<K> & { readonly baseUrl: string };

export interface IssuedToken {
  readonly accessToken: string;
  readonly obtainedAt: number;
  /** null when neither `expires_in` nor the JWT's `exp` says when: such a token is renewed on every copy. */
  readonly expiresAt: number | null;
  /** Password sign-ins only. Kept encrypted; Butlr documents no endpoint that takes it, so renewal signs in again. */
  readonly refreshToken?: string;
  readonly idToken?: string;
}

export interface TokenClientDeps {
  readonly fetch: FetchLike;
  readonly now: () => number;
  /** A number, or a getter so a changed setting applies to the next request. */
  readonly timeoutMs?: number | (() => number);
}

export type TokenClient = (grant: TokenGrant) => Promise<Result<IssuedToken>>;

export function createTokenClient({ fetch, now, timeoutMs = DEFAULT_TIMEOUT_MS }: TokenClientDeps): TokenClient {
  return async (grant) => {
    // The endpoint and body are each kind's to say (credentials/).
    const request = signInRequest(grant);
    const url = grant.baseUrl + request.path;
    const server = serverName(url);
    const body = JSON.stringify(request.body);
    const secret = secretOf(grant);
    const sentAt = now();
    const limitMs = typeof timeoutMs === 'function' ? timeoutMs() : timeoutMs;
    // One deadline for the whole exchange, body included. Not AbortSignal.timeout(): nothing holds that signal once the
    // headers are in, so after a garbage collection a body trickling in byte by byte would be read forever.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException('The sign-in took too long.', 'TimeoutError')), limitMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
        signal: deadline.signal,
        // Never followed, so the secret is never posted to a second address. 'manual' rather than 'error': Node's fetch then
        // hands back the 30x with its Location, so the message can say where it pointed (Electron's net.fetch rejects either way).
        redirect: 'manual',
        // net.fetch would otherwise send the default session's cookies with the secret and keep any the server sets.
        credentials: 'omit',
        cache: 'no-store',
      });
      text = await readLimited(response, deadline.signal);
    } catch (error) {
      return fail(transportError(deadline.signal.aborted ? deadline.signal.reason : error, server, limitMs));
    } finally {
      clearTimeout(timer);
    }
    if (isRedirect(response)) return fail(redirected(server, redirectTarget(response, url)));
    if (!response.ok) return fail(statusError(response, text, server, secret, now(), grant.kind));
    return parseTokenAnswer(text, sentAt, server);
  };
}

class ResponseTooLarge extends Error {}

const BUTLR_HOST = new URL(DEFAULT_BASE_URL).host;

/**
 * Who answered, as messages name it: "Butlr" for Butlr's own API, which nearly every profile shares (so its host would tell
 * a person nothing), else the host of the profile's base URL. The message itself starts with the profile's name
 * (token-errors.ts forProfile).
 */
function serverName(url: string): string {
  const { host } = new URL(url);
  return host === BUTLR_HOST ? 'Butlr' : host;
}

/** Rejects with the signal's reason when it aborts, so a read can be raced against the deadline. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

async function readLimited(response: Response, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw new ResponseTooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const aborted = whenAborted(signal);
  // Nobody awaits it once the body is read; without a handler its late rejection would be reported as unhandled.
  aborted.catch(() => {});
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > MAX_RESPONSE_BYTES) throw new ResponseTooLarge();
      chunks.push(value);
    }
  } catch (error) {
    // Let go of the connection: nothing more will be read from it.
    void reader.cancel().catch(() => {});
    throw error;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A 30x as Node's fetch gives it with redirect 'manual', or the opaque one a browser's fetch gives. */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304);
}

/** Where a redirect pointed, as origin and path only (a query may carry anything); null when the answer does not say. */
function redirectTarget(response: Response, url: string): string | null {
  const location = response.headers.get('location');
  if (!location) return null;
  try {
    const target = new URL(location, url);
    return `${target.origin}${target.pathname}`;
  } catch {
    return null;
  }
}

/**
 * How Electron 45's net.fetch refuses a redirect: it rejects, naming neither the status nor the address ("Attempted to
 * redirect, but redirect policy was 'error'", or "Redirect was cancelled" under 'manual'); Node's fetch says "unexpected
 * redirect" under 'error'.
 */
function isRedirectRefusal(error: unknown): boolean {
  const messages = [error, error instanceof Error ? error.cause : undefined].map((item) => (item instanceof Error ? item.message : ''));
  return messages.some((message) => /Attempted to redirect|Redirect was cancelled|unexpected redirect/i.test(message));
}

function redirected(server: string, target: string | null): AppError {
  const where = target ? ` to ${target}` : '';
  return appError(
    'redirected',
    `${server} answered with a redirect${where} instead of a token, and the sign-in was not sent on. Check the base URL (https:// rather than http://, the right host, no extra path).`,
  );
}

function transportError(error: unknown, server: string, timeoutMs: number): AppError {
  if (isRedirectRefusal(error)) return redirected(server, null);
  if (error instanceof ResponseTooLarge) {
    return appError('invalid_response', `${server} sent an answer larger than 1 MB, which is not a token. Check the base URL.`);
  }
  const name = error instanceof Error ? error.name : '';
  const tlsProblem = tlsErrorName(error);
  if (tlsProblem) {
    return appError(
      'tls',
      `The connection to ${server} is not secure (${tlsProblem}). If your company inspects HTTPS traffic, its certificate must be in the system's certificate store.`,
    );
  }
  if (name === 'TimeoutError' || name === 'AbortError') {
    const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
    return appError('timeout', `${server} did not answer within ${limit}. Check your connection or try again in a moment.`);
  }
  return appError('network', `Could not reach ${server}. Check the base URL and your network connection.`);
}

/**
 * The certificate or TLS problem behind a failed fetch, if that is what it was: Node's fetch puts an OpenSSL code on
 * `cause.code`, Electron's net.fetch says `net::ERR_CERT_…` or `net::ERR_SSL_…` in its message.
 */
function tlsErrorName(error: unknown): string | null {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)) return code;
  const chromiumCode = error instanceof Error ? /net::(ERR_(?:CERT|SSL)_[A-Z_]+)/.exec(error.message)?.[1] : undefined;
  return chromiumCode ?? null;
}

function statusError(response: Response, text: string, server: string, secret: string, now: number, kind: CredentialKind): AppError {
  const { status } = response;
  const retryAfterSeconds = status === 429 || status >= 500 ? parseRetryAfter(response.headers.get('retry-after'), now) : null;
  const wait = retryAfterSeconds !== null ? { retryAfterSeconds } : {};
  const waitHint = retryAfterSeconds !== null ? `It asked to wait ${formatWait(retryAfterSeconds)}` : 'Wait a minute';
  const oauth = oauthErrorSchema.safeParse(safeJson(text));
  // Never echo the secret back, even if a server put it in its error text.
  const detail = oauth.success ? ` (${[oauth.data.error, oauth.data.error_description].filter(Boolean).join(': ').split(secret).join('•••')})` : '';
  if (status === 401 || status === 403 || (oauth.success && ['invalid_client', 'invalid_grant', 'access_denied', 'unauthorized_client'].includes(oauth.data.error))) {
    return appError('rejected_credentials', `${server} rejected these credentials${detail}. Check ${factsOf(kind).rejectedHint}, then try again.`, { status });
  }
  if (status === 429) {
    return appError('rate_limited', `${server} is limiting sign-ins right now${detail}. ${waitHint}, then try again.`, { status, ...wait });
  }
  if (status >= 500) {
    const next = retryAfterSeconds !== null ? `${waitHint}, then try again.` : 'Try again in a moment.';
    // One pair of brackets: "(HTTP 500, server_error: Internal Server Error)".
    const said = detail === '' ? `(HTTP ${status})` : `(HTTP ${status}, ${detail.slice(2, -1)})`;
    return appError('server_error', `${server} had a problem ${said}. ${next}`, { status, ...wait });
  }
  return appError('http_error', `${server} refused the sign-in with HTTP ${status}${detail}. Check the base URL and audience.`, { status });
}

function parseTokenAnswer(text: string, sentAt: number, server: string): Result<IssuedToken> {
  const parsed = tokenResponseSchema.safeParse(safeJson(text));
  if (!parsed.success) {
    return fail(appError('invalid_response', `${server} answered, but not with a token. Check that the base URL points at the Butlr API.`));
  }
  const { access_token: accessToken, expires_in: expiresIn, refresh_token: refreshToken, id_token: idToken } = parsed.data;
  if (!isBearerToken(accessToken)) {
    // Never quote the token: it may be a secret, and it is what makes the answer suspect.
    return fail(appError('invalid_response', `${server} sent an access token with characters a bearer token cannot hold, so it was not kept. Check that the base URL points at the Butlr API.`));
  }
  const expiresAt = computeExpiresAt(sentAt, expiresIn ?? null, readJwtExpiry(accessToken));
  if (expiresAt !== null && expiresAt <= sentAt) {
    return fail(appError('invalid_response', `${server} sent a token that had already expired. Check this computer's clock.`));
  }
  return ok({ accessToken, obtainedAt: sentAt, expiresAt, ...(refreshToken ? { refreshToken } : {}), ...(idToken ? { idToken } : {}) });
}

function formatWait(seconds: number): string {
  return seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
