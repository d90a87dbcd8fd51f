// The app's listening end of the channel: refuses to listen anywhere it cannot trust, and says why.
import { chmodSync, lstatSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from '../logger';
import { openChannel } from './channel-client';
import { prepareChannelFolder, removeChannelKey, removeStaleKeyFiles, writeChannelKey } from './channel-folder';
import { MAX_SOCKET_PATH_BYTES, type ChannelLocation } from './channel-location';
import { DEFAULT_CHANNEL_LIMITS, serveConnection, type ChannelLimits, type CliMethodHandlers } from './channel-connection';

/** What Settings says about the channel. */
export type ChannelStatus =
  | { readonly state: 'off' }
  | { readonly state: 'listening'; readonly address: string }
  | { readonly state: 'refused'; readonly address: string; readonly reason: string };

export interface CliChannel {
  readonly status: ChannelStatus;
  /** Connections open now (for tests of the cap). */
  connectionCount(): number;
  /** Stops listening, closes every connection and removes the key. */
  close(): Promise<void>;
}

export interface CliChannelOptions {
  readonly location: ChannelLocation;
  readonly handlers: CliMethodHandlers;
  readonly logger: Logger;
  readonly limits?: Partial<ChannelLimits>;
}

/** Whatever already has the socket's name: nothing, a stale socket of ours to replace, or a reason to stay away. */
async function inTheWay(location: ChannelLocation): Promise<string | 'stale' | null> {
  if (location.kind === 'named-pipe') return null;
  let stats;
  try {
    stats = lstatSync(location.address);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : `${location.address} could not be checked.`;
  }
  if (!stats.isSocket()) return `${location.address} is in the way, and it is not a socket.`;
  if (typeof process.getuid === 'function' && stats.uid !== process.getuid()) return `${location.address} is another user's socket (uid ${stats.uid}).`;
  // A socket of ours: stale if nobody answers on it. One that answers is someone else's business, whoever it is.
  const probe = await openChannel(location, { handshakeTimeoutMs: 1000 });
  if (probe.ok) {
    probe.value.close();
    return `another Butlr Credentials is already listening at ${location.address}.`;
  }
  if (probe.error.kind === 'not_running') return 'stale';
  return `something is listening at ${location.address} and fails the handshake (${probe.error.detail}) — it may be an impostor.`;
}

export async function startCliChannel({ location, handlers, logger, limits: overrides = {} }: CliChannelOptions): Promise<CliChannel> {
  const limits = { ...DEFAULT_CHANNEL_LIMITS, ...overrides };
  const refused = (reason: string): CliChannel => {
    logger.warn(`cli: not listening: ${reason}`);
    return { status: { state: 'refused', address: location.address, reason }, connectionCount: () => 0, close: async () => {} };
  };
  if (location.kind === 'unix-socket' && Buffer.byteLength(location.address) > MAX_SOCKET_PATH_BYTES) {
    return refused(`the socket's path is too long for this system (${Buffer.byteLength(location.address)} bytes): move the data folder somewhere shorter.`);
  }
  const folder = prepareChannelFolder(location);
  if (folder) return refused(folder);
  removeStaleKeyFiles(location);
  const obstacle = await inTheWay(location);
  if (obstacle === 'stale') rmSync(location.address, { force: true });
  else if (obstacle) return refused(obstacle);

  const key = writeChannelKey(location);
  const sockets = new Set<Socket>();
  const server = createServer({ pauseOnConnect: false }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serveConnection(socket, { key, handlers, limits, logger });
  });
  // Node closes a connection beyond the cap as it arrives, before any of it is read.
  server.maxConnections = limits.maxConnections;
  const listening = await listen(server, location.address);
  if (listening !== null) {
    removeChannelKey(location);
    return refused(listening);
  }
  // An error once listening (a failed accept) is logged: unheard, it would be thrown, and take main down with it.
  server.on('error', (error) => logger.error('cli: the channel failed', error));
  // The folder already keeps others out; the socket's own mode says the same to anyone who looks.
  if (location.kind === 'unix-socket') chmodSync(location.address, 0o600);
  logger.info(`cli: listening at ${location.address}`);
  return {
    status: { state: 'listening', address: location.address },
    connectionCount: () => sockets.size,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        removeChannelKey(location);
        server.close(() => {
          if (location.kind === 'unix-socket') rmSync(location.address, { force: true });
          resolve();
        });
      }),
  };
}

function listen(server: Server, address: string): Promise<string | null> {
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'EADDRINUSE' ? `another program already listens at ${address}; it may be an impostor.` : `listening at ${address} failed (${error.code ?? 'error'}).`),
    );
    server.listen(address, () => resolve(null));
  });
}
