// The client's half of the channel, for `butlr-cred` and for the app's own check of a socket already in its place.
import { connect, type Socket } from 'node:net';
import type { z } from '../../../shared/zod-mini';
import {
  CLI_PROTOCOL,
  cliResponseSchema,
  serverChallengeSchema,
  serverVerdictSchema,
  type CliError,
  type CliRequest,
} from '../../../shared/cli-protocol';
import { fail, ok, type Result } from '../../../shared/result';
import { checkChannelFolder, readChannelKey } from './channel-folder';
import type { ChannelLocation } from './channel-location';
import { createFrameReader, encodeFrame } from './frames';
import { clientProof, newNonce, proofMatches, serverProof } from './handshake';

/** Why there is no channel: nobody listening, something that is not the app, or no answer in time. */
export type ChannelFailure =
  | { readonly kind: 'not_running'; readonly detail: string }
  | { readonly kind: 'untrusted'; readonly detail: string }
  | { readonly kind: 'no_answer'; readonly detail: string }
  | { readonly kind: 'closed'; readonly detail: string };

export interface ChannelConnection {
  /** Sends one request and waits for its answer: the method's result, the app's error, or a failure of the channel. */
  request<M extends CliRequest['method']>(method: M, params: Extract<CliRequest, { method: M }>['params']): Promise<Result<unknown, ChannelFailure | CliError>>;
  close(): void;
}

export interface OpenChannelOptions {
  /** How long the app may take to answer each step of the handshake. */
  readonly handshakeTimeoutMs?: number;
}

const NOT_RUNNING_CODES = new Set(['ENOENT', 'ECONNREFUSED']);
const isChannelFailure = (value: unknown): value is ChannelFailure => typeof value === 'object' && value !== null && 'kind' in value;

/** Frames in, one at a time, as promises; the socket's end or error settles every wait with a failure. */
function framedSocket(socket: Socket) {
  const reader = createFrameReader();
  const frames: unknown[] = [];
  const waiting: ((frame: unknown) => void)[] = [];
  let ended: ChannelFailure | null = null;
  const settle = (): void => {
    while (waiting.length > 0 && (frames.length > 0 || ended)) waiting.shift()!(frames.length > 0 ? frames.shift() : ended);
  };
  socket.on('data', (chunk: Buffer) => {
    try {
      frames.push(...reader.push(chunk));
    } catch {
      ended = { kind: 'untrusted', detail: 'the app sent something that is not a frame of ours.' };
      socket.destroy();
    }
    settle();
  });
  const end = (detail: string) => () => {
    ended ??= { kind: 'closed', detail };
    settle();
  };
  socket.on('end', end('the app closed the connection.'));
  socket.on('close', end('the app closed the connection.'));
  socket.on('error', (error: NodeJS.ErrnoException) => end(`the connection failed (${error.code ?? 'error'}).`)());
  return {
    send: (message: unknown) => socket.write(encodeFrame(message)),
    /** The next frame, or the reason none will come; `timeoutMs` 0 waits as long as the app takes (a person may be deciding). */
    next(timeoutMs: number): Promise<unknown> {
      return new Promise((resolve) => {
        const timer =
          timeoutMs > 0
            ? setTimeout(() => {
                const index = waiting.indexOf(deliver);
                if (index >= 0) waiting.splice(index, 1);
                resolve({ kind: 'no_answer', detail: `the app did not answer within ${Math.round(timeoutMs / 1000)} s.` } satisfies ChannelFailure);
              }, timeoutMs)
            : null;
        const deliver = (frame: unknown): void => {
          if (timer) clearTimeout(timer);
          resolve(frame);
        };
        waiting.push(deliver);
        settle();
      });
    },
  };
}

function connectTo(address: string): Promise<Result<Socket, ChannelFailure>> {
  return new Promise((resolve) => {
    const socket = connect(address);
    const failed = (error: NodeJS.ErrnoException): void => {
      socket.destroy();
      const code = error.code ?? 'error';
      resolve(fail(NOT_RUNNING_CODES.has(code) ? { kind: 'not_running', detail: `nothing is listening at ${address} (${code}).` } : { kind: 'closed', detail: `could not connect to ${address} (${code}).` }));
    };
    socket.once('error', failed);
    socket.once('connect', () => {
      socket.off('error', failed);
      resolve(ok(socket));
    });
  });
}

/**
 * Checks the folder and key as the app left them, connects, and runs the handshake: the app proves it holds the key before
 * this side proves anything. Nothing derived from the key is sent to a listener that has not proved it.
 */
export async function openChannel(location: ChannelLocation, options: OpenChannelOptions = {}): Promise<Result<ChannelConnection, ChannelFailure>> {
  const folder = checkChannelFolder(location);
  if (folder === 'missing') return fail({ kind: 'not_running', detail: `looked for it in ${location.folder}, which does not exist.` });
  if (folder !== null) return fail({ kind: 'untrusted', detail: folder });
  const connected = await connectTo(location.address);
  if (!connected.ok) return connected;
  const socket = connected.value;
  const refuse = (failure: ChannelFailure): Result<never, ChannelFailure> => {
    socket.destroy();
    return fail(failure);
  };
  const keyFile = readChannelKey(location);
  if ('missing' in keyFile) return refuse({ kind: 'untrusted', detail: `something listens at ${location.address}, but the app's key is not there.` });
  if ('distrust' in keyFile) return refuse({ kind: 'untrusted', detail: keyFile.distrust });
  const result = await handshake(socket, keyFile.key, options.handshakeTimeoutMs ?? 5000);
  return result.ok ? result : refuse(result.error);
}

async function handshake(socket: Socket, key: Buffer, timeoutMs: number): Promise<Result<ChannelConnection, ChannelFailure>> {
  const channel = framedSocket(socket);
  const expect = async <S extends z.ZodMiniType>(schema: S, what: string): Promise<Result<z.output<S>, ChannelFailure>> => {
    const frame = await channel.next(timeoutMs);
    // Closed before it proved anything: busy (too many connections) or quitting, not a sign of an impostor.
    if (isChannelFailure(frame)) return fail(frame);
    const parsed = schema.safeParse(frame);
    return parsed.success ? ok(parsed.data) : fail({ kind: 'untrusted', detail: `the app's ${what} was not one of ours.` });
  };
  const clientNonce = newNonce();
  channel.send({ type: 'hello', protocol: CLI_PROTOCOL, clientNonce });
  const challenge = await expect(serverChallengeSchema, 'challenge');
  if (!challenge.ok) return challenge;
  const { serverNonce } = challenge.value;
  if (!proofMatches(serverProof(key, clientNonce, serverNonce), challenge.value.serverProof)) {
    return fail({ kind: 'untrusted', detail: 'whatever listens there could not prove it holds the app’s key.' });
  }
  channel.send({ type: 'proof', clientProof: clientProof(key, clientNonce, serverNonce) });
  const verdict = await expect(serverVerdictSchema, 'answer to the handshake');
  if (!verdict.ok) return verdict;
  if (verdict.value.type === 'refused') return fail({ kind: 'untrusted', detail: `the app refused the handshake: ${verdict.value.message}` });

  let nextId = 1;
  return ok({
    async request(method, params) {
      const id = nextId++;
      channel.send({ id, method, params });
      const frame = await channel.next(0);
      if (isChannelFailure(frame)) return fail(frame);
      const parsed = cliResponseSchema.safeParse(frame);
      if (!parsed.success || parsed.data.id !== id) return fail({ kind: 'closed', detail: 'the app sent an answer that does not fit the question.' });
      return parsed.data.ok ? ok(parsed.data.result) : fail(parsed.data.error);
    },
    close: () => socket.end(),
  });
}
