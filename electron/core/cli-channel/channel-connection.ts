// One connection from a CLI: the handshake, then `hello`, then requests one at a time, each bounded in size and in time.
import type { Socket } from 'node:net';
import {
  CLI_METHODS,
  clientHelloSchema,
  clientProofSchema,
  cliRequestSchema,
  type CliCaller,
  type CliError,
  type CliRequest,
  type CliResponse,
} from '../../../shared/cli-protocol';
import type { Result } from '../../../shared/result';
import type { Logger } from '../logger';
import { createFrameReader, encodeFrame, FrameError } from './frames';
import { clientProof, newNonce, proofMatches, serverProof } from './handshake';

/** Who a connection speaks for, once it said `hello`: its CLI session and what it reported about its parent. */
export interface CliSession {
  readonly session: string;
  readonly caller: CliCaller;
}

type Params<M extends CliRequest['method']> = Extract<CliRequest, { method: M }>['params'];

/** What the methods do; the channel only carries them. Every answer is a result, never a throw. */
export interface CliMethodHandlers {
  hello(session: CliSession): Promise<Result<unknown, CliError>>;
  listProfiles(session: CliSession, params: Params<'profiles.list'>): Promise<Result<unknown, CliError>>;
  getToken(session: CliSession, params: Params<'token.get'>): Promise<Result<unknown, CliError>>;
}

export interface ChannelLimits {
  /** Connections open at once; more are closed as they arrive. */
  readonly maxConnections: number;
  /** How long each handshake frame may take to arrive, counted in whole frames: a peer dripping bytes gains nothing. */
  readonly handshakeTimeoutMs: number;
  /** How long a connection may wait between requests. A request being answered (a person deciding) does not count. */
  readonly idleTimeoutMs: number;
  /** The most any connection lives, whatever it does. */
  readonly connectionTimeoutMs: number;
}

export const DEFAULT_CHANNEL_LIMITS: ChannelLimits = { maxConnections: 16, handshakeTimeoutMs: 5_000, idleTimeoutMs: 15_000, connectionTimeoutMs: 10 * 60_000 };

interface ConnectionDeps {
  readonly key: Buffer;
  readonly handlers: CliMethodHandlers;
  readonly limits: ChannelLimits;
  readonly logger: Logger;
}

type Stage = 'hello' | 'proof' | 'first-request' | 'ready' | 'busy' | 'closing';

export function serveConnection(socket: Socket, { key, handlers, limits, logger }: ConnectionDeps): void {
  const reader = createFrameReader();
  let stage: Stage = 'hello';
  let session: CliSession | null = null;
  let clientNonce = '';
  let serverNonce = '';
  let frameTimer: NodeJS.Timeout | null = null;
  const lifetime = setTimeout(() => socket.destroy(), limits.connectionTimeoutMs);

  const waitForFrame = (ms: number): void => {
    if (frameTimer) clearTimeout(frameTimer);
    frameTimer = setTimeout(() => close('took too long'), ms);
  };
  const stopWaiting = (): void => {
    if (frameTimer) clearTimeout(frameTimer);
    frameTimer = null;
  };
  /** Says a last word (if any) and closes; nothing more is read from this peer. */
  function close(reason: string, lastWord?: unknown): void {
    if (stage === 'closing') return;
    stage = 'closing';
    stopWaiting();
    socket.removeAllListeners('data');
    socket.pause();
    if (reason !== 'done') logger.warn(`cli: closed a connection: ${reason}`);
    if (lastWord === undefined) socket.destroy();
    else socket.end(encodeFrame(lastWord), () => socket.destroy());
  }
  const refuse = (reason: string, message: string): void => close(reason, { type: 'refused', message });
  const answerError = (id: number, error: CliError, reason: string): void => close(reason, { id, ok: false, error } satisfies CliResponse);

  socket.on('close', () => {
    stopWaiting();
    clearTimeout(lifetime);
  });
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: Buffer) => {
    let frames: unknown[];
    try {
      frames = reader.push(chunk);
    } catch (error) {
      const reason = error instanceof FrameError ? error.reason : 'unreadable';
      if (stage === 'hello' || stage === 'proof') refuse(`a bad frame (${reason})`, 'That was not a frame of this protocol.');
      else answerError(0, { code: 'bad_request', message: 'That request was not a frame of this protocol (at most 16 KiB of JSON).' }, `a bad frame (${reason})`);
      return;
    }
    for (const frame of frames) {
      if (stage === 'closing') return;
      onFrame(frame);
    }
  });
  waitForFrame(limits.handshakeTimeoutMs);

  function onFrame(frame: unknown): void {
    switch (stage) {
      case 'hello': {
        const hello = clientHelloSchema.safeParse(frame);
        if (!hello.success) return refuse('no handshake', 'Start with the handshake.');
        clientNonce = hello.data.clientNonce;
        serverNonce = newNonce();
        stage = 'proof';
        socket.write(encodeFrame({ type: 'challenge', serverNonce, serverProof: serverProof(key, clientNonce, serverNonce) }));
        return waitForFrame(limits.handshakeTimeoutMs);
      }
      case 'proof': {
        const proof = clientProofSchema.safeParse(frame);
        if (!proof.success || !proofMatches(clientProof(key, clientNonce, serverNonce), proof.data.clientProof)) {
          return refuse('a wrong proof', 'The handshake failed: this caller does not hold the key of this start of the app.');
        }
        stage = 'first-request';
        socket.write(encodeFrame({ type: 'welcome' }));
        return waitForFrame(limits.idleTimeoutMs);
      }
      case 'busy':
        return answerError(0, { code: 'bad_request', message: 'One request at a time: wait for the answer.' }, 'a request while another ran');
      default:
        return void request(frame);
    }
  }

  async function request(frame: unknown): Promise<void> {
    const id = typeof (frame as { id?: unknown })?.id === 'number' && Number.isInteger((frame as { id: number }).id) ? (frame as { id: number }).id : 0;
    const parsed = cliRequestSchema.safeParse(frame);
    if (!parsed.success) {
      const method = (frame as { method?: unknown })?.method;
      const unknown = typeof method === 'string' && !(CLI_METHODS as readonly string[]).includes(method);
      return unknown
        ? answerError(id, { code: 'unknown_method', message: `There is no method “${method.slice(0, 40)}”.` }, 'an unknown method')
        : answerError(id, { code: 'bad_request', message: parsed.error.issues[0]?.message ?? 'That request was not understood.' }, 'a bad request');
    }
    const { data } = parsed;
    if ((data.method === 'hello') !== (stage === 'first-request')) {
      return answerError(id, { code: 'bad_request', message: stage === 'first-request' ? 'Say hello first.' : 'Hello was already said.' }, 'requests out of order');
    }
    stage = 'busy';
    stopWaiting();
    let result: Result<unknown, CliError>;
    try {
      result = await dispatch(data);
    } catch (error) {
      logger.error(`cli: ${data.method} failed`, error);
      result = { ok: false, error: { code: 'internal', message: 'Something went wrong inside Butlr Credentials.' } };
    }
    // The peer may have gone, or been closed for its lifetime, while the answer was being made.
    if (socket.destroyed || (stage as Stage) === 'closing') return;
    const response: CliResponse = result.ok ? { id, ok: true, result: result.value } : { id, ok: false, error: result.error };
    try {
      socket.write(encodeFrame(response));
    } catch {
      return answerError(id, { code: 'internal', message: 'The answer did not fit in one frame.' }, 'an answer too large');
    }
    stage = 'ready';
    waitForFrame(limits.idleTimeoutMs);
  }

  function dispatch(data: CliRequest): Promise<Result<unknown, CliError>> {
    switch (data.method) {
      case 'hello':
        session = { session: data.params.session, caller: data.params.caller };
        return handlers.hello(session);
      case 'profiles.list':
        return handlers.listProfiles(session!, data.params);
      case 'token.get':
        return handlers.getToken(session!, data.params);
    }
  }
}
