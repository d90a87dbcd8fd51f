import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../../../shared/app-error';
import { createTokenClient, MAX_RESPONSE_BYTES, type TokenGrant } from '../../../../../electron/core/tokens/token-client';
import { startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';

const SECRET = 'demo-secret';
/** A fixed clock ten minutes behind the real one, so the server's JWT `exp` (real clock) never undercuts `expires_in`. */
const T = Date.now() - 10 * 60_000;
const now = (): number => T;

type ClientCredentialsGrant = TokenGrant<'client_credentials'>;
const grant = (baseUrl: string, overrides: Partial<ClientCredentialsGrant> = {}): ClientCredentialsGrant => ({
  kind: 'client_credentials',
  baseUrl,
  clientId: 'demo-client',
  clientSecret: SECRET,
  audience: 'https://butlrauth/',
  ...overrides,
});

const unsignedJwt = (claims: Record<string, unknown>): string =>
  `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

function expectError(result: { ok: boolean; error?: AppError }, code: AppError['code']): AppError {
  expect(result.ok).toBe(false);
  expect(result.error?.code).toBe(code);
  return result.error!;
}

/** A throwaway loopback server that answers every request with `respond`, for answers the fake Butlr cannot give. */
interface ScriptedServer {
  readonly url: string;
  readonly host: string;
  readonly paths: string[];
  close(): Promise<void>;
}

const openServers: Server[] = [];

async function startScriptedServer(respond: (response: ServerResponse, request: IncomingMessage) => void): Promise<ScriptedServer> {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    request.resume();
    request.on('end', () => respond(response, request));
  });
  openServers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => (response: ServerResponse) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof body === 'string' ? body : JSON.stringify(body));
};

afterEach(async () => {
  for (const server of openServers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe('against the fake Butlr server', () => {
  let butlr: FakeButlrServer;
  let host: string;

  beforeEach(async () => {
    butlr = await startFakeButlrServer();
    host = new URL(butlr.url).host;
  });
  afterEach(() => butlr.close());

  it('posts exactly the client-credentials body and returns the issued token with its expiry', async () => {
    const result = await createTokenClient({ fetch, now })(grant(butlr.url));
    expect(butlr.requests).toHaveLength(1);
    expect(butlr.requests[0]?.path).toBe('/api/v2/clients/login');
    expect(butlr.requests[0]?.body).toStrictEqual({
      client_id: 'demo-client',
      client_secret: SECRET,
      audience: 'https://butlrauth/',
      grant_type: 'client_credentials',
    });
    expect(result).toEqual({ ok: true, value: { accessToken: butlr.issuedTokens[0], obtainedAt: T, expiresAt: T + 3_600_000 } });
  });

  it('counts expires_in from when the request was sent, not when the answer came', async () => {
    butlr.setExpiresIn(120);
    let calls = 0;
    const ticking = (): number => T + 5_000 * calls++;
    const result = await createTokenClient({ fetch, now: ticking })(grant(butlr.url));
    expect(result.ok && result.value).toEqual(expect.objectContaining({ obtainedAt: T, expiresAt: T + 120_000 }));
  });

  it('takes the JWT exp when it comes before sent time + expires_in', async () => {
    const halfAnHourAhead = (): number => Date.now() + 30 * 60_000;
    const result = await createTokenClient({ fetch, now: halfAnHourAhead })(grant(butlr.url));
    if (!result.ok) throw new Error(result.error.message);
    const token = butlr.issuedTokens[0]!;
    const exp = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')).exp as number;
    expect(result.value.expiresAt).toBe(exp * 1000);
  });

  it('reports rejected credentials with the host and without the secret', async () => {
    const wrongSecret = 'wrong-secret-do-not-echo';
    const result = await createTokenClient({ fetch, now })(grant(butlr.url, { clientSecret: wrongSecret }));
    const error = expectError(result, 'rejected_credentials');
    expect(error.status).toBe(401);
    expect(error.message).toContain(host);
    expect(JSON.stringify(error)).not.toContain(wrongSecret);
  });

  it('reports rejected credentials when Butlr refuses a known client', async () => {
    butlr.setFailure('reject');
    const error = expectError(await createTokenClient({ fetch, now })(grant(butlr.url)), 'rejected_credentials');
    expect(error.message).toContain(host);
    expect(error.message).not.toContain(SECRET);
  });

  it('reports a server error on HTTP 500', async () => {
    butlr.setFailure('server_error');
    const error = expectError(await createTokenClient({ fetch, now })(grant(butlr.url)), 'server_error');
    expect(error.status).toBe(500);
    // The status and the server's own words in one pair of brackets.
    expect(error.message).toBe(`${host} had a problem (HTTP 500, server_error: Internal Server Error). Try again in a moment.`);
  });

  it('gives up with a timeout when Butlr never answers', async () => {
    butlr.setFailure('hang');
    const error = expectError(await createTokenClient({ fetch, now, timeoutMs: 300 })(grant(butlr.url)), 'timeout');
    expect(error.message).toContain(host);
  });

  it('reports an invalid response for broken JSON', async () => {
    butlr.setFailure('malformed_json');
    expectError(await createTokenClient({ fetch, now })(grant(butlr.url)), 'invalid_response');
  });

  it('only misbehaves for the client the failure was set for', async () => {
    butlr.setFailure('server_error', 'other-client');
    expect((await createTokenClient({ fetch, now })(grant(butlr.url))).ok).toBe(true);
  });
});

describe('transport failures', () => {
  it('reports a network error when nothing listens on the port', async () => {
    const closed = await startScriptedServer(json(200, {}));
    await closed.close();
    const error = expectError(await createTokenClient({ fetch, now })(grant(closed.url)), 'network');
    expect(error.message).toContain(closed.host);
  });

  it('refuses to follow a redirect, so the secret is never posted to a second address', async () => {
    const butlr = await startFakeButlrServer();
    try {
      const redirecting = await startScriptedServer((response) => {
        response.writeHead(307, { location: `${butlr.url}/api/v2/clients/login` }).end();
      });
      const error = expectError(await createTokenClient({ fetch, now })(grant(redirecting.url)), 'redirected');
      expect(butlr.requests).toHaveLength(0);
      expect(error.message).toBe(
        `${redirecting.host} answered with a redirect to ${butlr.url}/api/v2/clients/login instead of a token, and the sign-in was not sent on. Check the base URL (https:// rather than http://, the right host, no extra path).`,
      );
    } finally {
      await butlr.close();
    }
  });

  it.each([301, 302, 303, 308])('reports a %i as a redirect, naming only the origin and path it pointed to', async (status) => {
    const redirecting = await startScriptedServer((response) => {
      response.writeHead(status, { location: 'https://login.example.com/sso?ticket=abc' }).end();
    });
    const error = expectError(await createTokenClient({ fetch, now })(grant(redirecting.url)), 'redirected');
    expect(error.message).toContain('a redirect to https://login.example.com/sso instead of a token');
    expect(error.message).not.toContain('ticket');
  });

  it.each([
    ["Electron's net.fetch under redirect 'error'", new Error("Attempted to redirect, but redirect policy was 'error'")],
    ["Electron's net.fetch under redirect 'manual'", new Error('Redirect was cancelled')],
    ["Node's fetch under redirect 'error'", Object.assign(new TypeError('fetch failed'), { cause: new Error('unexpected redirect') })],
  ])('reports a redirect refused by %s as a redirect, not as "could not reach"', async (_how, refusal) => {
    const refusing = async (): Promise<Response> => {
      throw refusal;
    };
    const error = expectError(await createTokenClient({ fetch: refusing, now })(grant('https://gateway.example.com')), 'redirected');
    expect(error.message).toMatch(/^gateway\.example\.com answered with a redirect instead of a token/);
  });

  it('hands the request to the injected fetch, under the base URL path', async () => {
    const seen: { url: string; method: string | undefined }[] = [];
    const recording = async (url: string, init: RequestInit): Promise<Response> => {
      seen.push({ url, method: init.method });
      throw new TypeError('fetch failed');
    };
    expectError(await createTokenClient({ fetch: recording, now })(grant('https://gateway.example.com/butlr')), 'network');
    expect(seen).toEqual([{ url: 'https://gateway.example.com/butlr/api/v2/clients/login', method: 'POST' }]);
  });

  it('asks fetch for no cookies and no cache, so the default session neither sends nor keeps any around the secret', async () => {
    const inits: RequestInit[] = [];
    const recording = async (_url: string, init: RequestInit): Promise<Response> => {
      inits.push(init);
      throw new TypeError('fetch failed');
    };
    await createTokenClient({ fetch: recording, now })(grant('https://api.butlr.io'));
    await createTokenClient({ fetch: recording, now })({ kind: 'password', baseUrl: 'https://api.butlr.io', username: 'admin', password: SECRET });
    expect(inits).toHaveLength(2);
    for (const init of inits) expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store' });
  });
});

describe('HTTP answers the fake Butlr does not give', () => {
  it('reports rate limiting on HTTP 429', async () => {
    const server = await startScriptedServer(json(429, { error: 'too_many_requests' }));
    const error = expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'rate_limited');
    expect(error.status).toBe(429);
    expect(error.message).toContain(server.host);
  });

  it('reads Retry-After on any 5xx, not only 503, as seconds to wait', async () => {
    const server = await startScriptedServer(json(502, 'Bad Gateway', { 'retry-after': '20' }));
    const error = expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'server_error');
    expect(error.retryAfterSeconds).toBe(20);
    expect(error.message).toContain('It asked to wait 20 s');
  });

  it('leaves out a Retry-After that is neither seconds nor an HTTP date', async () => {
    const server = await startScriptedServer(json(429, { error: 'too_many_requests' }, { 'retry-after': 'soon' }));
    const error = expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'rate_limited');
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.message).toContain('Wait a minute');
  });

  it('calls Butlr’s own API “Butlr”, which tells a person more than the host every profile shares', async () => {
    const limited = async (): Promise<Response> => new Response('{"error":"too_many_requests"}', { status: 429, headers: { 'retry-after': '30' } });
    const error = expectError(await createTokenClient({ fetch: limited, now })(grant('https://api.butlr.io')), 'rate_limited');
    expect(error.message).toMatch(/^Butlr is limiting sign-ins right now/);
    expect(error.message).not.toContain('api.butlr.io');
    const unreachable = async (): Promise<Response> => {
      throw new TypeError('fetch failed');
    };
    expect(expectError(await createTokenClient({ fetch: unreachable, now })(grant('https://api.butlr.io')), 'network').message).toMatch(/^Could not reach Butlr\./);
  });

  it('reports rejected credentials on HTTP 403', async () => {
    const server = await startScriptedServer(json(403, 'Forbidden'));
    expect(expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'rejected_credentials').status).toBe(403);
  });

  it('reports rejected credentials on a 400 with an OAuth invalid_client error', async () => {
    const server = await startScriptedServer(json(400, { error: 'invalid_client', error_description: 'Unknown client' }));
    const error = expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'rejected_credentials');
    expect(error.message).toContain('invalid_client: Unknown client');
  });

  it('reports other HTTP errors as http_error with the status', async () => {
    const server = await startScriptedServer(json(404, { error: 'not_found' }));
    const error = expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'http_error');
    expect(error.status).toBe(404);
    expect(error.message).toContain('HTTP 404');
  });

  it('masks the secret when the server echoes it in its error text', async () => {
    const server = await startScriptedServer(json(401, { error: 'access_denied', error_description: `client_secret ${SECRET} is wrong` }));
    const error = expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'rejected_credentials');
    expect(error.message).not.toContain(SECRET);
    expect(error.message).toContain('client_secret ••• is wrong');
  });

  it('refuses an answer over 1 MB that says its length up front', async () => {
    const big = 'x'.repeat(MAX_RESPONSE_BYTES + 1);
    const server = await startScriptedServer(json(200, big, { 'content-length': String(big.length) }));
    const error = expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'invalid_response');
    expect(error.message).toMatch(/larger than 1 MB/);
  });

  it('refuses an answer over 1 MB sent in chunks without a length', async () => {
    const server = await startScriptedServer((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(64 * 1024);
      for (let sent = 0; sent <= MAX_RESPONSE_BYTES; sent += chunk.length) response.write(chunk);
      response.end();
    });
    const error = expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'invalid_response');
    expect(error.message).toMatch(/larger than 1 MB/);
  });

  it('refuses a token whose type is not Bearer', async () => {
    const server = await startScriptedServer(json(200, { access_token: 'opaque-token', expires_in: 3600, token_type: 'mac' }));
    expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'invalid_response');
  });

  it('accepts bearer in any case', async () => {
    const server = await startScriptedServer(json(200, { access_token: 'opaque-token', expires_in: 3600, token_type: 'bearer' }));
    expect(await createTokenClient({ fetch, now })(grant(server.url))).toEqual({
      ok: true,
      value: { accessToken: 'opaque-token', obtainedAt: T, expiresAt: T + 3_600_000 },
    });
  });

  it('reads expires_in sent as a numeric string', async () => {
    const server = await startScriptedServer(json(200, { access_token: 'opaque-token', expires_in: '1800', token_type: 'Bearer' }));
    const result = await createTokenClient({ fetch, now })(grant(server.url));
    expect(result.ok && result.value.expiresAt).toBe(T + 1_800_000);
  });

  it('lets an earlier JWT exp cut a long expires_in short', async () => {
    const token = unsignedJwt({ sub: 'demo-client@clients', exp: T / 1000 + 600 });
    const server = await startScriptedServer(json(200, { access_token: token, expires_in: 86_400, token_type: 'Bearer' }));
    const result = await createTokenClient({ fetch, now })(grant(server.url));
    expect(result.ok && result.value.expiresAt).toBe(T + 600_000);
  });

  it('uses the JWT exp when there is no expires_in', async () => {
    const token = unsignedJwt({ exp: T / 1000 + 900 });
    const server = await startScriptedServer(json(200, { access_token: token, token_type: 'Bearer' }));
    const result = await createTokenClient({ fetch, now })(grant(server.url));
    expect(result.ok && result.value.expiresAt).toBe(T + 900_000);
  });

  it('accepts an opaque token with no expiry at all as "expiry unknown"', async () => {
    const server = await startScriptedServer(json(200, { access_token: 'opaque-token', token_type: 'Bearer' }));
    const result = await createTokenClient({ fetch, now })(grant(server.url));
    expect(result).toEqual({ ok: true, value: { accessToken: 'opaque-token', obtainedAt: T, expiresAt: null } });
  });

  it('refuses a token that had already expired when it was asked for', async () => {
    const token = unsignedJwt({ exp: T / 1000 - 60 });
    const server = await startScriptedServer(json(200, { access_token: token, token_type: 'Bearer' }));
    expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'invalid_response');
  });

  it.each([
    ['an empty access token', { access_token: '', expires_in: 3600, token_type: 'Bearer' }],
    ['no access token', { expires_in: 3600, token_type: 'Bearer' }],
    ['no token type', { access_token: 'opaque-token', expires_in: 3600 }],
    ['a JSON array', [{ access_token: 'opaque-token' }]],
    ['an empty body', ''],
  ])('refuses a 200 answer with %s', async (_label, body) => {
    const server = await startScriptedServer(json(200, body));
    expectError(await createTokenClient({ fetch, now })(grant(server.url)), 'invalid_response');
  });

  // A non-numeric expires_in is ignored, not fatal: the JWT's exp still says when the token expires.
  it.each([
    ['null', null],
    ['a word', 'soon'],
  ])('falls back to the JWT exp when expires_in is %s', async (_label, expiresIn) => {
    const token = unsignedJwt({ exp: T / 1000 + 900 });
    const server = await startScriptedServer(json(200, { access_token: token, expires_in: expiresIn, token_type: 'Bearer' }));
    const result = await createTokenClient({ fetch, now })(grant(server.url));
    expect(result.ok && result.value.expiresAt).toBe(T + 900_000);
  });
});
