// Helpers for the channel's tests: a place in a temp folder, handlers that record their calls, and a raw peer that speaks frames by hand.
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { ok } from '../../../../../shared/result';
import { CLI_PROTOCOL } from '../../../../../shared/cli-protocol';
import type { CliMethodHandlers } from '../../../../../electron/core/cli-channel/channel-connection';
import { channelLocation, type ChannelLocation } from '../../../../../electron/core/cli-channel/channel-location';
import { createFrameReader, encodeFrame } from '../../../../../electron/core/cli-channel/frames';
import { clientProof, newNonce } from '../../../../../electron/core/cli-channel/handshake';

/** The channel of a data folder moved with BUTLR_DATA_DIR: `<dir>/cli/`. */
export function testLocation(dataDir: string): ChannelLocation {
  return channelLocation({ platform: 'linux', dataDir, dataDirMoved: true, runtimeDir: undefined, userProfile: dataDir });
}

export const TEST_SESSION = '0123456789abcdef0123456789abcdef';
export const TEST_CALLER = { pid: 4343, parentPid: 4242, parentName: 'bash' } as const;

/** Handlers that answer at once and remember every call, to show what a hostile peer reached (nothing, we hope). */
export function recordingHandlers(): CliMethodHandlers & { readonly calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    hello: async () => {
      calls.push('hello');
      return ok({ app: 'Butlr Credentials', version: 'test' });
    },
    listProfiles: async () => {
      calls.push('profiles.list');
      return ok({ profiles: [], next: null });
    },
    getToken: async () => {
      calls.push('token.get');
      return ok({ profile: { id: 'p', name: 'P' }, accessToken: 'token-for-a-test', expiresAt: null, baseUrl: 'http://127.0.0.1' });
    },
  };
}

/** A peer that writes whatever a test wants and reads frames back, with no help from the real client. */
export interface RawPeer {
  readonly socket: Socket;
  send(message: unknown): void;
  /** The next frame from the server, or 'closed' once it hung up. */
  next(): Promise<unknown>;
  /** Resolves when the connection is gone, however it went. */
  readonly closed: Promise<void>;
}

export async function connectRaw(address: string): Promise<RawPeer> {
  const socket = connect(address);
  const reader = createFrameReader();
  const frames: unknown[] = [];
  const waiting: ((frame: unknown) => void)[] = [];
  let ended = false;
  const settle = (): void => {
    while (waiting.length > 0 && (frames.length > 0 || ended)) waiting.shift()!(frames.length > 0 ? frames.shift() : 'closed');
  };
  socket.on('data', (chunk: Buffer) => {
    frames.push(...reader.push(chunk));
    settle();
  });
  const closed = new Promise<void>((resolve) =>
    socket.on('close', () => {
      ended = true;
      settle();
      resolve();
    }),
  );
  socket.on('error', () => {});
  await once(socket, 'connect');
  return {
    socket,
    closed,
    send: (message) => void socket.write(encodeFrame(message)),
    next: () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        settle();
      }),
  };
}

/** The client's half of the handshake done by hand; returns the frames it sent, for a replay. */
export async function handshakeByHand(peer: RawPeer, key: Buffer, clientNonce = newNonce()): Promise<{ hello: unknown; proof: unknown; verdict: unknown }> {
  const hello = { type: 'hello', protocol: CLI_PROTOCOL, clientNonce };
  peer.send(hello);
  const challenge = (await peer.next()) as { serverNonce: string };
  const proof = { type: 'proof', clientProof: clientProof(key, clientNonce, challenge.serverNonce) };
  peer.send(proof);
  return { hello, proof, verdict: await peer.next() };
}
