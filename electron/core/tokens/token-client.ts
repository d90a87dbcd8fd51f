// Signs in against Butlr's login endpoints and turns every outcome into a token or a typed, actionable error.
import { appError, type AppError } from '../../../shared/app-error';
import { computeExpiresAt } from '../../../shared/expiry';
import { fail, ok, type Result } from '../../../shared/result';
import { readJwtExpiry } from './jwt-claims';
import { oauthErrorSchema, tokenResponseSchema } from './token-response';

/** `fetch` as both Node and Electron's `net.fetch` offer it; injected so tests run against a loopback server. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export const BUTLR_CLIENT_CREDENTIALS_PATH = '/api/v2/clients/login';
export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_RESPONSE_BYTES = 1_000_000;

export interface ClientCredentialsGrant {
  readonly kind: 'client_credentials';
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly audience: string;
}
export type TokenGrant = ClientCredentialsGrant;

export interface IssuedToken {
  readonly accessToken: string;
  readonly obtainedAt: number;
  readonly expiresAt: number;
}

export interface TokenClientDeps {
  readonly fetch: FetchLike;
  readonly now: () => number;
  readonly timeoutMs?: number;
}

export type TokenClient = (grant: TokenGrant) => Promise<Result<IssuedToken>>;

export function createTokenClient({ fetch, now, timeoutMs = DEFAULT_TIMEOUT_MS }: TokenClientDeps): TokenClient {
  return async (grant) => {
    const url = grant.baseUrl + BUTLR_CLIENT_CREDENTIALS_PATH;
    const host = new URL(url).host;
    const body = JSON.stringify({
      client_id: grant.clientId,
      client_secret: grant.clientSecret,
      audience: grant.audience,
      grant_type: 'client_credentials',
    });
    const sentAt = now();
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      text = await readLimited(response);
    } catch (error) {
      return fail(transportError(error, host, timeoutMs));
    }
    if (!response.ok) return fail(statusError(response, text, host, grant.clientSecret));
    return parseTokenAnswer(text, sentAt, host);
  };
}

class ResponseTooLarge extends Error {}

async function readLimited(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw new ResponseTooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw new ResponseTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function transportError(error: unknown, host: string, timeoutMs: number): AppError {
  if (error instanceof ResponseTooLarge) {
    return appError('invalid_response', `${host} sent an answer larger than 1 MB, which is not a token. Check the base URL.`);
  }
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
    return appError('timeout', `${host} did not answer within ${limit}. Check your connection or try again in a moment.`);
  }
  return appError('network', `Could not reach ${host}. Check the base URL and your network connection.`);
}

function statusError(response: Response, text: string, host: string, secret: string): AppError {
  const { status } = response;
  const oauth = oauthErrorSchema.safeParse(safeJson(text));
  // Never echo the secret back, even if a server put it in its error text.
  const detail = oauth.success ? ` (${[oauth.data.error, oauth.data.error_description].filter(Boolean).join(': ').split(secret).join('•••')})` : '';
  if (status === 401 || status === 403 || (oauth.success && ['invalid_client', 'invalid_grant', 'access_denied', 'unauthorized_client'].includes(oauth.data.error))) {
    return appError('rejected_credentials', `${host} rejected these credentials${detail}. Check the client ID and secret, then try again.`, { status });
  }
  if (status === 429) {
    return appError('rate_limited', `${host} is limiting sign-ins right now${detail}. Wait a minute, then try again.`, { status });
  }
  if (status >= 500) {
    return appError('server_error', `${host} had a problem (HTTP ${status})${detail}. Try again in a moment.`, { status });
  }
  return appError('http_error', `${host} refused the sign-in with HTTP ${status}${detail}. Check the base URL and audience.`, { status });
}

function parseTokenAnswer(text: string, sentAt: number, host: string): Result<IssuedToken> {
  const parsed = tokenResponseSchema.safeParse(safeJson(text));
  if (!parsed.success) {
    return fail(appError('invalid_response', `${host} answered, but not with a token. Check that the base URL points at the Butlr API.`));
  }
  const { access_token: accessToken, expires_in: expiresIn } = parsed.data;
  const expiresAt = computeExpiresAt(sentAt, expiresIn ?? null, readJwtExpiry(accessToken));
  if (expiresAt === null || expiresAt <= sentAt) {
    return fail(appError('invalid_response', `${host} sent a token without a usable expiry time, so it cannot be trusted.`));
  }
  return ok({ accessToken, obtainedAt: sentAt, expiresAt });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
