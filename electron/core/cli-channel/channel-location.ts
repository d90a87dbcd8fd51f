// Where the app listens for `butlr-cred` and keeps the channel's key: one rule, read by the app and by the CLI.
import { createHash } from 'node:crypto';
import { join, win32 } from 'node:path';

/** What decides the place: the same facts are known to the app (Electron's userData) and to the CLI (the environment). */
export interface ChannelPlaceFacts {
  readonly platform: NodeJS.Platform;
  /** The app's data folder. */
  readonly dataDir: string;
  /** `BUTLR_DATA_DIR` moved the data folder: then the channel moves with it, so two vaults never share one socket. */
  readonly dataDirMoved: boolean;
  /** `$XDG_RUNTIME_DIR`, when set. */
  readonly runtimeDir: string | undefined;
  /** The user's profile folder (`%USERPROFILE%`, or the home folder): the Windows pipe's name is derived from it. */
  readonly userProfile: string;
}

export interface ChannelLocation {
  /** The folder that holds the key (and, on Unix, the socket): mode 0700, ours, not a link. */
  readonly folder: string;
  /** What `net` listens on and connects to: the socket's path, or the named pipe's name. */
  readonly address: string;
  /** The per-start key, mode 0600. */
  readonly keyPath: string;
  readonly kind: 'unix-socket' | 'named-pipe';
}

export const SOCKET_NAME = 'butlr-cred.sock';
export const KEY_NAME = 'butlr-cred.key';
export const APP_FOLDER_NAME = 'Butlr Credentials';

export function channelLocation(facts: ChannelPlaceFacts): ChannelLocation {
  if (facts.platform === 'win32') {
    const folder = win32.join(facts.dataDir, 'cli');
    // Pipes live in one machine-wide namespace: the name is per user (and per moved data folder), the handshake proves who answers.
    const seed = `${facts.userProfile.toLowerCase()}${facts.dataDirMoved ? `|${facts.dataDir.toLowerCase()}` : ''}`;
    const digest = createHash('sha256').update(seed).digest('hex').slice(0, 24);
    return { folder, address: `\\\\.\\pipe\\butlr-credentials-${digest}`, keyPath: win32.join(folder, KEY_NAME), kind: 'named-pipe' };
  }
  // $XDG_RUNTIME_DIR is the user's own tmpfs, emptied at logout: the right home for a socket, unless the data folder was moved.
  const folder = !facts.dataDirMoved && facts.runtimeDir ? join(facts.runtimeDir, 'butlr-credentials') : join(facts.dataDir, 'cli');
  return { folder, address: join(folder, SOCKET_NAME), keyPath: join(folder, KEY_NAME), kind: 'unix-socket' };
}

/** Electron's userData for this app on each OS, for the CLI, which has no Electron to ask. */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return win32.join(env.APPDATA ?? win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER_NAME);
}

/** The CLI's reading of the environment: the same place the app listens at when started from the same environment. */
export function channelLocationFromEnv(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): ChannelLocation {
  const moved = Boolean(env.BUTLR_DATA_DIR);
  return channelLocation({
    platform,
    dataDir: moved ? (env.BUTLR_DATA_DIR as string) : defaultDataDir(platform, env, home),
    dataDirMoved: moved,
    runtimeDir: env.XDG_RUNTIME_DIR || undefined,
    userProfile: env.USERPROFILE || home,
  });
}

/** Unix socket paths are limited by `sockaddr_un` (104 bytes on macOS, 108 on Linux, counting the final NUL). */
export const MAX_SOCKET_PATH_BYTES = 103;
