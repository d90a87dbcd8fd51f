// Every way Butlr (or the road to it) can fail, through the real core: the error a person reads, and what the profile shows after.
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it as baseIt } from 'vitest';
import type { AppError, ErrorCode } from '../../../../../shared/app-error';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { TokenInfo } from '../../../../../shared/token-info';
import { fakeScripts, startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../../../fixtures/test-core';
import {
  DEMO_SECRET,
  activityOf,
  copiedTexts,
  copyOutcomeOf,
  copyToken,
  createProfile,
  errorOf,
  expectPersonReadable,
  fetchToken,
  hostOf,
  profileInput,
  profileView,
  timeLimitedFetch,
  valueOf,
} from '../core-test-kit';

/** A fixed clock shared by the core and the fake server, so `expires_in`, the JWT's `exp` and `Retry-After` dates all agree. */
const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const HOUR = 3_600_000;
/** The sign-in limit for the faults that never finish answering, so the suite stays quick. */
const SHORT_TIMEOUT_MS = 300;

interface Fault {
  readonly name: string;
  readonly arrange: (butlr: FakeButlrServer) => void;
  readonly code: ErrorCode;
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  /** Words the message must contain besides the host. */
  readonly mentions?: readonly (string | RegExp)[];
  /** Never finishes answering: run under the short time limit. */
  readonly slow?: boolean;
}

const faults: readonly Fault[] = [
  { name: 'a server that never answers', arrange: (b) => b.setFailure('hang'), code: 'timeout', slow: true, mentions: ['did not answer'] },
  { name: 'a body that trickles past the time limit', arrange: (b) => b.setFailure('slow_drip'), code: 'timeout', slow: true, mentions: ['did not answer'] },
  { name: 'a connection reset mid-answer', arrange: (b) => b.setFailure('connection_reset'), code: 'network', mentions: ['Could not reach'] },
  { name: 'HTTP 500', arrange: (b) => b.setFailure('server_error'), code: 'server_error', status: 500, mentions: ['HTTP 500', 'Try again'] },
  { name: 'HTTP 502 with an HTML page', arrange: (b) => b.setFailure('bad_gateway_html'), code: 'server_error', status: 502, mentions: ['HTTP 502'] },
  {
    name: 'HTTP 503 with Retry-After in seconds',
    arrange: (b) => b.setScript(fakeScripts.retryAfterSeconds(503, 30)),
    code: 'server_error',
    status: 503,
    retryAfterSeconds: 30,
    mentions: ['HTTP 503', 'wait 30 s'],
  },
  {
    name: 'HTTP 503 with Retry-After as an HTTP date',
    arrange: (b) => b.setScript(fakeScripts.retryAfterDate(503, 120)),
    code: 'server_error',
    status: 503,
    retryAfterSeconds: 120,
    mentions: ['HTTP 503', 'wait 2 min'],
  },
  {
    name: 'HTTP 429 with Retry-After in seconds',
    arrange: (b) => b.setScript(fakeScripts.retryAfterSeconds(429, 45)),
    code: 'rate_limited',
    status: 429,
    retryAfterSeconds: 45,
    mentions: ['limiting sign-ins', 'wait 45 s'],
  },
  {
    name: 'HTTP 429 with Retry-After as an HTTP date',
    arrange: (b) => b.setScript(fakeScripts.retryAfterDate(429, 300)),
    code: 'rate_limited',
    status: 429,
    retryAfterSeconds: 300,
    mentions: ['limiting sign-ins', 'wait 5 min'],
  },
  { name: 'HTTP 400 invalid_grant', arrange: (b) => b.setFailure('invalid_grant'), code: 'rejected_credentials', status: 400, mentions: ['invalid_grant', 'client ID and secret'] },
  { name: 'HTTP 401 invalid_client', arrange: (b) => b.setFailure('invalid_client'), code: 'rejected_credentials', status: 401, mentions: ['invalid_client', 'client ID and secret'] },
  { name: 'HTTP 403 access_denied', arrange: (b) => b.setFailure('access_denied'), code: 'rejected_credentials', status: 403, mentions: ['access_denied'] },
  { name: 'a 200 that is not JSON', arrange: (b) => b.setFailure('malformed_json'), code: 'invalid_response', mentions: ['not with a token'] },
  { name: 'a 200 without access_token', arrange: (b) => b.setFailure('missing_access_token'), code: 'invalid_response', mentions: ['not with a token'] },
  { name: 'a 5 MB body', arrange: (b) => b.setFailure('huge_body'), code: 'invalid_response', mentions: ['larger than 1 MB'] },
];

/** One test's world: its own data folder, fake server and clock, so the matrix can run its cases side by side. */
interface World {
  readonly butlr: FakeButlrServer;
  /** The clock shared by the core and the server; move it by assigning `now`. */
  readonly clock: { now: number };
  /** Starts the core, with the short sign-in limit when `slow`. */
  startCore(slow?: boolean): TestCore;
}

const it = baseIt.extend<{ world: World }>({
  world: async ({ task: _task }, use) => {
    const clock = { now: START };
    const dataDir: TempDataDir = await createTempDataDir();
    const butlr = await startFakeButlrServer({ now: () => clock.now });
    const cores: TestCore[] = [];
    await use({
      butlr,
      clock,
      startCore(slow = false) {
        const core = createTestCore({ dataDir: dataDir.path, now: () => clock.now, ...(slow ? { fetch: timeLimitedFetch(SHORT_TIMEOUT_MS) } : {}) });
        cores.push(core);
        return core;
      },
    });
    for (const core of cores) core.core.dispose();
    await butlr.close();
    await dataDir.remove();
  },
});

function expectFaultError(error: AppError, fault: Fault, butlr: FakeButlrServer): void {
  expect(error.code).toBe(fault.code);
  expect(error.status).toBe(fault.status);
  expect(error.retryAfterSeconds).toBe(fault.retryAfterSeconds);
  for (const words of fault.mentions ?? []) expect(error.message).toMatch(words);
  expectPersonReadable(error, { profile: 'Production', host: hostOf(butlr.url), secrets: [DEMO_SECRET, ...butlr.issuedTokens] });
}

/** The retry planned at `Retry-After` for the person who asked at `failedAt`, when the fault sent one. */
const plannedRetry = (fault: Fault, failedAt: number): { retryAt?: number } =>
  fault.retryAfterSeconds === undefined ? {} : { retryAt: failedAt + fault.retryAfterSeconds * 1000 };

describe.concurrent.each(faults)('$name', (fault) => {
  it(`fails with ${fault.code}, marks the profile failed with nothing to fall back on, and copies nothing`, async ({ world: { butlr, clock, startCore } }) => {
    const test = startCore(fault.slow);
    const { id } = await createProfile(test, profileInput(butlr.url));
    fault.arrange(butlr);

    const error = errorOf(await fetchToken(test, id), fault.code);
    expectFaultError(error, fault, butlr);
    const view = await profileView(test, id);
    // The person who asked is still waiting: where Butlr said when to come back, it is tried again then (retry-when-asked.ts).
    expect(view.token).toEqual({ state: 'failed', failedAt: START, error, previous: null, ...plannedRetry(fault, START) });
    expect(JSON.stringify(view)).not.toContain(DEMO_SECRET);

    clock.now += 1_000;
    const copyError = errorOf(await copyToken(test, id), fault.code);
    expect(copyError).toEqual(error);
    expect(copiedTexts(test)).toEqual([]);
    expect(butlr.requests).toHaveLength(2);
    expect(await activityOf(test, id)).toEqual([
      { at: START + 1_000, kind: 'failed', trigger: 'copy', code: fault.code },
      { at: START, kind: 'failed', trigger: 'manual', code: fault.code },
    ]);
  });

  it('keeps the older token: shown as previous, copied while it lasts with the renewal error, refused once expired', async ({ world: { butlr, clock, startCore } }) => {
    const test = startCore(fault.slow);
    const { id } = await createProfile(test, profileInput(butlr.url));
    valueOf(await fetchToken(test, id));
    const older = butlr.issuedTokens[0]!;
    const lifetime = { obtainedAt: START, expiresAt: START + HOUR };

    clock.now = START + 10 * 60_000;
    fault.arrange(butlr);
    const error = errorOf(await fetchToken(test, id), fault.code);
    expectFaultError(error, fault, butlr);
    expect((await profileView(test, id)).token).toEqual({ state: 'failed', failedAt: clock.now, error, previous: lifetime, ...plannedRetry(fault, clock.now) });

    // Inside the copy margin a copy tries to renew; that fails the same way, and the older token still beats none.
    clock.now = START + HOUR - 30_000;
    const outcome = copyOutcomeOf(await copyToken(test, id));
    expect(outcome).toEqual({ expiresAt: START + HOUR, renewed: false, renewalError: expect.objectContaining({ code: fault.code }) });
    expectFaultError(outcome.renewalError!, fault, butlr);
    expect(copiedTexts(test)).toEqual([older]);

    clock.now = START + HOUR;
    expectFaultError(errorOf(await copyToken(test, id), fault.code), fault, butlr);
    expect(copiedTexts(test)).toEqual([older]);
    expect(butlr.requests).toHaveLength(4);
    expect((await profileView(test, id)).token).toEqual(expect.objectContaining({ state: 'failed', failedAt: START + HOUR, previous: lifetime }));
  });
});

describe('faults on the way to the server', () => {
  const openServers: TcpServer[] = [];
  afterEach(async () => {
    for (const server of openServers.splice(0)) await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function listen(onConnection: (socket: Socket) => void): Promise<string> {
    const server = createTcpServer(onConnection);
    openServers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('reports a TLS failure when the server does not speak TLS', async ({ world: { startCore } }) => {
    // An https address whose server answers in plain text: the TLS handshake fails (wrong version number).
    const host = await listen((socket) => socket.on('data', () => socket.end('HTTP/1.1 200 OK\r\n\r\n')));
    const test = startCore();
    const { id } = await createProfile(test, profileInput(`https://${host}`));
    const error = errorOf(await fetchToken(test, id), 'tls');
    expect(error.message).toMatch(/not secure/);
    expectPersonReadable(error, { profile: 'Production', host, secrets: [DEMO_SECRET] });
    expect((await profileView(test, id)).token).toEqual(expect.objectContaining({ state: 'failed', previous: null }));
  });

  it('reports a network failure when nothing listens', async ({ world: { startCore } }) => {
    const host = await listen(() => undefined);
    await new Promise<void>((resolve) => openServers.pop()!.close(() => resolve()));
    const test = startCore();
    const { id } = await createProfile(test, profileInput(`http://${host}`));
    const error = errorOf(await fetchToken(test, id), 'network');
    expectPersonReadable(error, { profile: 'Production', host, secrets: [DEMO_SECRET] });
  });
});

describe('the time limit while the garbage collector runs', () => {
  /** V8's gc(), without starting Node with --expose-gc. */
  const collectGarbage = (): (() => void) => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  };

  it('gives up on a never-answering server', async ({ world: { butlr, startCore } }) => {
    const test = startCore();
    const { id } = await createProfile(test, profileInput(butlr.url));
    valueOf(await test.invoke(ipcChannels.updateSettings, { requestTimeoutSeconds: 1 }));
    butlr.setFailure('hang');
    const gc = collectGarbage();
    const collecting = setInterval(gc, 10);
    try {
      errorOf(await fetchToken(test, id), 'timeout');
    } finally {
      clearInterval(collecting);
    }
  });

  // The deadline covers the body too, and survives garbage collection (a held controller and timer, not
  // AbortSignal.timeout()): a body that trickles in forever would otherwise hold the single-flight slot for good.
  it('gives up on a body that trickles in forever', async ({ world: { butlr, startCore } }) => {
    const test = startCore();
    const { id } = await createProfile(test, profileInput(butlr.url));
    valueOf(await test.invoke(ipcChannels.updateSettings, { requestTimeoutSeconds: 1 }));
    butlr.setFailure('slow_drip');
    const gc = collectGarbage();
    const collecting = setInterval(gc, 10);
    let guard: NodeJS.Timeout | undefined;
    try {
      // Twice the limit: long enough for the timeout to have fired, so "still running" means it never will.
      const stillRunning = new Promise<string>((resolve) => {
        guard = setTimeout(() => resolve('still running'), 2_000);
      });
      const outcome = await Promise.race([fetchToken(test, id), stillRunning]);
      errorOf(outcome, 'timeout');
    } finally {
      clearInterval(collecting);
      clearTimeout(guard);
    }
  });
});

describe.concurrent('token answers with an odd or missing expires_in', () => {
  // [label, fields over {access_token, token_type}, JWT exp in s from now (null: a JWT without exp; 'opaque': not a JWT), expected lifetime in s]
  const cases: readonly [string, Record<string, unknown>, number | null | 'opaque', number | null][] = [
    ['missing, with a JWT exp', {}, 900, 900],
    ['missing, JWT without exp', {}, null, null],
    ['missing, opaque token', {}, 'opaque', null],
    ['0, with a JWT exp', { expires_in: 0 }, 900, 900],
    ['0, opaque token', { expires_in: 0 }, 'opaque', null],
    ['negative, with a JWT exp', { expires_in: -60 }, 900, 900],
    ['negative, opaque token', { expires_in: -60 }, 'opaque', null],
    ['a negative numeric string, with a JWT exp', { expires_in: '-60' }, 900, 900],
    ['a numeric string, with a later JWT exp', { expires_in: '1800' }, 3600, 1800],
    ['a numeric string, with an earlier JWT exp', { expires_in: '7200' }, 900, 900],
    ['a numeric string, JWT without exp', { expires_in: '1800' }, null, 1800],
    ['a numeric string, opaque token', { expires_in: '1800' }, 'opaque', 1800],
  ];

  it.for(cases)('expires_in %s', async ([_label, fields, jwtExp, lifetimeSeconds], { world: { butlr, clock, startCore } }) => {
    const test = startCore();
    const { id } = await createProfile(test, profileInput(butlr.url));
    butlr.setScript(fakeScripts.token(fields, jwtExp));
    const expiresAt = lifetimeSeconds === null ? null : START + lifetimeSeconds * 1000;

    expect(valueOf<TokenInfo>(await fetchToken(test, id))).toEqual({ state: 'issued', obtainedAt: START, expiresAt });
    expect((await profileView(test, id)).token).toEqual({ state: 'issued', obtainedAt: START, expiresAt });

    clock.now += 1_000;
    const outcome = copyOutcomeOf(await copyToken(test, id));
    if (expiresAt === null) {
      // Expiry unknown: never trusted as held, so every copy signs in again.
      expect(outcome).toEqual({ expiresAt: null, renewed: true });
      expect(butlr.requests).toHaveLength(2);
      expect(copiedTexts(test)).toEqual([butlr.issuedTokens[1]]);
    } else {
      expect(outcome).toEqual({ expiresAt, renewed: false });
      expect(butlr.requests).toHaveLength(1);
      expect(copiedTexts(test)).toEqual([butlr.issuedTokens[0]]);
    }
  });
});
