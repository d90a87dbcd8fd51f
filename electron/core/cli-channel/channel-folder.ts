// The channel's folder and key file: made and checked by the app, checked again by the CLI before it trusts either.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import type { ChannelLocation } from './channel-location';

export const KEY_BYTES = 32;
const FOLDER_MODE = 0o700;
const KEY_MODE = 0o600;

/** Why a folder or file cannot be trusted, in words for Settings and the CLI's stderr; null when it can. */
export type Distrust = string | null;

const mode = (stats: Stats): string => `0${(stats.mode & 0o777).toString(8)}`;
const currentUid = (): number | null => (typeof process.getuid === 'function' ? process.getuid() : null);
/** On Windows there are no Unix modes or uids: the folder sits in the user's own profile, and the handshake does the rest. */
const unixChecks = (location: ChannelLocation): boolean => location.kind === 'unix-socket';

function folderDistrust(location: ChannelLocation, stats: Stats): Distrust {
  const { folder } = location;
  if (stats.isSymbolicLink()) return `${folder} is a symbolic link, not a folder of its own.`;
  if (!stats.isDirectory()) return `${folder} is not a folder.`;
  if (!unixChecks(location)) return null;
  const uid = currentUid();
  if (uid !== null && stats.uid !== uid) return `${folder} belongs to another user (uid ${stats.uid}).`;
  if ((stats.mode & 0o777) !== FOLDER_MODE) return `${folder} has mode ${mode(stats)}, not 0700: other users could reach it.`;
  return null;
}

/** The app's side: makes the folder (0700) if it is not there, then checks it as the CLI will. */
export function prepareChannelFolder(location: ChannelLocation): Distrust {
  try {
    mkdirSync(location.folder, { mode: FOLDER_MODE });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return `${location.folder} could not be made: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`;
    // Not ours to repair: an existing folder with the wrong mode, owner or type is reported, never loosened or taken over.
    return folderDistrust(location, lstatSync(location.folder));
  }
  // Made just now: the umask may have taken bits away, never added any; settle it at exactly 0700.
  return folderDistrust(location, unixChecks(location) ? chmodExactly(location.folder) : lstatSync(location.folder));
}

/** A key file half-written when a previous run crashed: it held that run's key, which nothing should keep. */
export function removeStaleKeyFiles(location: ChannelLocation): void {
  const stale = new RegExp(`^${basename(location.keyPath).replaceAll('.', '\\.')}\\.[0-9a-f]{12}\\.tmp$`);
  for (const name of readdirSync(location.folder)) if (stale.test(name)) rmSync(join(location.folder, name), { force: true });
}

function chmodExactly(path: string): Stats {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_DIRECTORY ?? 0) | (constants.O_NOFOLLOW ?? 0));
  try {
    fchmodSync(fd, FOLDER_MODE);
  } finally {
    closeSync(fd);
  }
  return lstatSync(path);
}

/** The CLI's side: the folder as the app left it, or why it cannot be trusted; `missing` when there is none (no app ran here). */
export function checkChannelFolder(location: ChannelLocation): Distrust | 'missing' {
  let stats: Stats;
  try {
    stats = lstatSync(location.folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    return `${location.folder} could not be checked: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`;
  }
  return folderDistrust(location, stats);
}

/**
 * A fresh key for this start, written whole (a new 0600 file renamed into place) so no reader ever sees half of it.
 * The folder was checked first: nobody else can have put a link or a file where the temporary file goes.
 */
export function writeChannelKey(location: ChannelLocation, key: Buffer = randomBytes(KEY_BYTES)): Buffer {
  const temporary = `${location.keyPath}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), KEY_MODE);
  try {
    if (unixChecks(location)) fchmodSync(fd, KEY_MODE);
    writeSync(fd, key);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, location.keyPath);
  return key;
}

/** The key as the CLI reads it: a regular 0600 file of ours, exactly 32 bytes; otherwise why not. */
export function readChannelKey(location: ChannelLocation): { key: Buffer } | { distrust: string } | { missing: true } {
  const name = basename(location.keyPath);
  let stats: Stats;
  try {
    stats = lstatSync(location.keyPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { distrust: `the key file ${name} could not be checked: ${(error as NodeJS.ErrnoException).code ?? 'error'}.` };
  }
  if (!stats.isFile()) return { distrust: `the key file ${location.keyPath} is not a regular file.` };
  if (unixChecks(location)) {
    const uid = currentUid();
    if (uid !== null && stats.uid !== uid) return { distrust: `the key file ${location.keyPath} belongs to another user (uid ${stats.uid}).` };
    if ((stats.mode & 0o777) !== KEY_MODE) return { distrust: `the key file ${location.keyPath} has mode ${mode(stats)}, not 0600.` };
  }
  if (stats.size !== KEY_BYTES) return { distrust: `the key file ${location.keyPath} is not a key of ours (${stats.size} bytes).` };
  const fd = openSync(location.keyPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const key = readFileSync(fd);
    return key.length === KEY_BYTES ? { key } : { distrust: `the key file ${location.keyPath} changed while it was read.` };
  } finally {
    closeSync(fd);
  }
}

/** At quit: the key goes, so nothing of this run's secret is left in the folder. */
export function removeChannelKey(location: ChannelLocation): void {
  rmSync(location.keyPath, { force: true });
}
