// Local processes that do not play by the rules: each is refused before any method runs, and bounded in what it can cost.
import { connect, createServer, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openChannel } from '../../../../../electron/core/cli-channel/channel-client';
import { writeChannelKey } from '../../../../../electron/core/cli-channel/channel-folder';
import { startCliChannel, type CliChannel } from '../../../../../electron/core/cli-channel/channel-server';
import type { ChannelLocation } from '../../../../../electron/core/cli-channel/channel-location';
import { encodeFrame } from '../../../../../electron/core/cli-channel/frames';
import { silentLogger } from '../../../../../electron/core/logger';
import { MAX_FRAME_BYTES } from '../../../../../shared/cli-protocol';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { connectRaw, handshakeByHand, recordingHandlers, testLocation, TEST_CALLER, TEST_SESSION } from '../../../../fixtures/cli-channel-kit';

let dataDir: TempDataDir;
let location: ChannelLocation;
let channel: CliChannel;
let handlers: ReturnType<typeof recordingHandlers>;
let key: Buffer;

const LIMITS = { maxConnections: 16, handshakeTimeoutMs: 400, idleTimeoutMs: 400, connectionTimeoutMs: 5_000 };

beforeEach(async () => {
  dataDir = await createTempDataDir();
  location = testLocation(dataDir.path);
  handlers = recordingHandlers();
  channel = await startCliChannel({ location, handlers, logger: silentLogger, limits: LIMITS });
  key = await readFile(location.keyPath);
});

afterEach(async () => {
  await channel.close();
  await dataDir.remove();
});

/** A well-behaved client still gets its answer: the channel was not worn down by whatever came before. */
async function stillServes(): Promise<void> {
  const client = await openChannel(location);
  if (!client.ok) throw new Error(`the channel no longer serves: ${client.error.detail}`);
  expect(await client.value.request('hello', { session: TEST_SESSION, caller: TEST_CALLER })).toMatchObject({ ok: true });
  expect(await client.value.request('profiles.list', {})).toMatchObject({ ok: true });
  client.value.close();
}

describe('before the handshake', () => {
  it('refuses a client without the key that goes straight to a method, and runs nothing', async () => {
    const peer = await connectRaw(location.address);
    peer.send({ id: 1, method: 'token.get', params: { profile: 'prod', minValiditySeconds: 0 } });
    expect(await peer.next()).toEqual({ type: 'refused', message: 'Start with the handshake.' });
    await peer.closed;
    expect(handlers.calls).toEqual([]);
  });

  it('refuses a wrong HMAC proof, and runs nothing', async () => {
    const peer = await connectRaw(location.address);
    const wrongKey = Buffer.alloc(32, 7);
    const { verdict } = await handshakeByHand(peer, wrongKey);
    expect(verdict).toEqual({ type: 'refused', message: 'The handshake failed: this caller does not hold the key of this start of the app.' });
    peer.send({ id: 1, method: 'hello', params: { session: TEST_SESSION, caller: TEST_CALLER } });
    await peer.closed;
    expect(handlers.calls).toEqual([]);
  });

  it('refuses a replayed handshake: the recorded proof was for another server nonce', async () => {
    const first = await connectRaw(location.address);
    const recorded = await handshakeByHand(first, key);
    expect(recorded.verdict).toEqual({ type: 'welcome' });
    first.socket.destroy();

    const replay = await connectRaw(location.address);
    replay.send(recorded.hello);
    await replay.next(); // a fresh challenge the recording cannot answer
    replay.send(recorded.proof);
    expect(await replay.next()).toMatchObject({ type: 'refused' });
    await replay.closed;
    expect(handlers.calls).toEqual([]);
  });

  it('the client refuses a replayed challenge from an impostor, and sends it nothing made with the key', async () => {
    // An impostor that recorded the real app's challenge plays it back to the next client.
    const peer = await connectRaw(location.address);
    const clientNonce = 'C'.repeat(43);
    peer.send({ type: 'hello', protocol: 'butlr-cred/1', clientNonce });
    const recordedChallenge = await peer.next();
    peer.socket.destroy();
    await channel.close();
    // As after a crash: the real app's key is still there; the impostor does not have it.
    writeChannelKey(location, key);

    const heard: Buffer[] = [];
    const impostor = createServer((socket) => {
      socket.on('data', (chunk: Buffer) => heard.push(chunk));
      socket.once('data', () => socket.write(encodeFrame(recordedChallenge)));
    });
    await new Promise<void>((resolve) => impostor.listen(location.address, resolve));
    try {
      const client = await openChannel(location);
      expect(client).toMatchObject({ ok: false, error: { kind: 'untrusted', detail: 'whatever listens there could not prove it holds the app’s key.' } });
      const text = Buffer.concat(heard).toString('utf8');
      expect(text).toContain('"type":"hello"');
      expect(text).not.toContain('proof');
    } finally {
      await new Promise((resolve) => impostor.close(resolve));
    }
  });
});

describe('bounded costs', () => {
  it('closes on a 10 MB send at the frame header, and still serves others', async () => {
    const socket = connect(location.address);
    socket.on('error', () => {});
    await once(socket, 'connect');
    const closed = new Promise((resolve) => socket.on('close', resolve));
    const header = Buffer.alloc(4);
    header.writeUInt32BE(10 * 1024 * 1024);
    socket.write(header);
    // The rest may or may not be taken in before the close; none of it is kept.
    socket.write(Buffer.alloc(10 * 1024 * 1024, 0x61));
    await closed;
    await stillServes();
    expect(handlers.calls).toEqual(['hello', 'profiles.list']);
  });

  it('closes a frame just over 16 KiB, and answers one just under it', async () => {
    const big = await connectRaw(location.address);
    const body = Buffer.alloc(MAX_FRAME_BYTES + 1, 0x20);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(body.length);
    big.socket.write(Buffer.concat([header, body]));
    expect(await big.next()).toMatchObject({ type: 'refused' });
    await big.closed;

    const fits = await connectRaw(location.address);
    const hello = { type: 'hello', protocol: 'butlr-cred/1', clientNonce: 'N'.repeat(43) };
    const padded = JSON.stringify(hello).padEnd(MAX_FRAME_BYTES, ' ');
    const fitsHeader = Buffer.alloc(4);
    fitsHeader.writeUInt32BE(Buffer.byteLength(padded));
    fits.socket.write(Buffer.concat([fitsHeader, Buffer.from(padded)]));
    expect(await fits.next()).toMatchObject({ type: 'challenge' });
    fits.socket.destroy();
  });

  it('closes a client that drips its hello a byte at a time, counting whole frames, not bytes', async () => {
    const peer = await connectRaw(location.address);
    const frame = encodeFrame({ type: 'hello', protocol: 'butlr-cred/1', clientNonce: 'D'.repeat(43) });
    let sent = 0;
    const drip = setInterval(() => {
      if (sent < frame.length && !peer.socket.destroyed) peer.socket.write(frame.subarray(sent, ++sent));
    }, 50);
    await peer.closed;
    clearInterval(drip);
    // Closed long before the frame could be finished (it would take ~5 s at this pace).
    expect(sent).toBeLessThan(frame.length);
    expect(handlers.calls).toEqual([]);
  });

  it('closes a connection that goes quiet after the handshake', async () => {
    const peer = await connectRaw(location.address);
    expect((await handshakeByHand(peer, key)).verdict).toEqual({ type: 'welcome' });
    await peer.closed;
    expect(handlers.calls).toEqual([]);
  });

  it('takes at most the cap of 200 connections at once, and serves again when they go', async () => {
    const sockets: Socket[] = [];
    const closedEarly: Promise<unknown>[] = [];
    for (let index = 0; index < 200; index += 1) {
      const socket = connect(location.address);
      socket.on('error', () => {});
      sockets.push(socket);
      closedEarly.push(new Promise((resolve) => socket.on('close', resolve)));
      await new Promise((resolve) => socket.once('connect', resolve).once('close', resolve));
    }
    expect(channel.connectionCount()).toBeLessThanOrEqual(LIMITS.maxConnections);
    for (const socket of sockets) socket.destroy();
    await Promise.all(closedEarly);
    await expect.poll(() => channel.connectionCount()).toBe(0);
    await stillServes();
  });
});

describe('after the handshake', () => {
  it('answers an unknown method with unknown_method and closes', async () => {
    const peer = await connectRaw(location.address);
    await handshakeByHand(peer, key);
    peer.send({ id: 1, method: 'hello', params: { session: TEST_SESSION, caller: TEST_CALLER } });
    expect(await peer.next()).toMatchObject({ id: 1, ok: true });
    peer.send({ id: 2, method: 'settings.set', params: { scriptsWithoutAsking: true } });
    expect(await peer.next()).toEqual({ id: 2, ok: false, error: { code: 'unknown_method', message: 'There is no method “settings.set”.' } });
    await peer.closed;
    expect(handlers.calls).toEqual(['hello']);
  });

  it('asks for hello before any other method, and refuses a bad parameter', async () => {
    const early = await connectRaw(location.address);
    await handshakeByHand(early, key);
    early.send({ id: 1, method: 'profiles.list', params: {} });
    expect(await early.next()).toMatchObject({ id: 1, ok: false, error: { code: 'bad_request', message: 'Say hello first.' } });

    const bad = await connectRaw(location.address);
    await handshakeByHand(bad, key);
    bad.send({ id: 1, method: 'hello', params: { session: 'not-a-session', caller: TEST_CALLER } });
    expect(await bad.next()).toMatchObject({ id: 1, ok: false, error: { code: 'bad_request' } });
    expect(handlers.calls).toEqual([]);
  });
});
