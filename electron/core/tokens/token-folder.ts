// tokens/: each profile's token in a file of its own, so saving one token writes that token (under 1 kB), never all of them.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { StorageNotice } from '../../../shared/storage-notice';
import { writeFileAtomically } from '../storage/atomic-file';
import { movedAsidePath } from '../storage/prepare-store-file';
import { moveLegacyTokensFile } from './legacy-tokens-file';
import { storedTokenSchema, TOKENS_SCHEMA_VERSION, type StoredToken } from './tokens-file';

export const TOKEN_FOLDER = 'tokens';
/** How storage notices name the folder. */
export const TOKEN_FOLDER_LABEL = 'tokens/';
/** The folder's names are profile ids: for the user only, like the files in it (STORE_FILE_MODE). */
const FOLDER_MODE = 0o700;

/** The token files the repository writes through; opened (migrated, checked) by openTokenFolder. */
export interface TokenFolder {
  readonly path: string;
  /** The tokens found when the folder was opened, by profile id. */
  readonly loaded: ReadonlyMap<string, StoredToken>;
  /** Replaces the profile's file whole: a new 0600 temp file, fsync, rename. A crash leaves the old file or the new one. */
  write(profileId: string, token: StoredToken): void;
  /** Deletes the profile's file; one that is not there is fine. */
  remove(profileId: string): void;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const APP_MADE_ID = new RegExp(`^${UUID}$`);
const TOKEN_FILE_NAME = new RegExp(`^(?:${UUID}|id-[0-9a-f]{64})\\.json$`);
/** What writeFileAtomically leaves when the process dies between creating its temp file and renaming it over the file. */
const TORN_WRITE = /\.json\.[0-9a-f]{12}\.tmp$/;

/**
 * An id the app made (a lowercase UUID) names its file as it is. Any other (profiles.json can be edited outside the app)
 * is hashed, so no id can point outside the folder or meet another on a case-insensitive disk; the two forms never collide.
 */
export function tokenFileName(profileId: string): string {
  return `${APP_MADE_ID.test(profileId) ? profileId : `id-${createHash('sha256').update(profileId).digest('hex')}`}.json`;
}

/** A token file's whole text. The id is inside too: a file copied under another profile's name is refused. */
export const tokenFileText = (profileId: string, token: StoredToken): string => JSON.stringify({ version: TOKENS_SCHEMA_VERSION, profileId, token });

const tokenFileSchema = z.object({ version: z.literal(TOKENS_SCHEMA_VERSION), profileId: z.string(), token: storedTokenSchema });

type Damage = 'unreadable' | 'newer_version';

function readTokenFile(path: string, name: string): { readonly profileId: string; readonly token: StoredToken } | { readonly damage: Damage } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { damage: 'unreadable' };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > TOKENS_SCHEMA_VERSION) return { damage: 'newer_version' };
  const parsed = tokenFileSchema.safeParse(data);
  if (!parsed.success || tokenFileName(parsed.data.profileId) !== name) return { damage: 'unreadable' };
  return { profileId: parsed.data.profileId, token: parsed.data.token };
}

/**
 * Reads every token file. A temp file left by a write that never finished is deleted without a word: that write was never
 * reported saved, and the file it was replacing is still whole. A token file that does not read (cut short by a failing
 * disk, edited outside the app, from a newer version) is moved, byte for byte, into `tokens.<reason>-<time>/` beside
 * the folder, with one notice for all of them; every other token is kept.
 */
function loadTokenFiles(dataDir: string, path: string, now: number): { loaded: Map<string, StoredToken>; notice: StorageNotice | null } {
  const loaded = new Map<string, StoredToken>();
  const damaged: { name: string; damage: Damage }[] = [];
  for (const name of readdirSync(path)) {
    if (TORN_WRITE.test(name)) rmSync(join(path, name), { force: true });
    if (!TOKEN_FILE_NAME.test(name)) continue;
    const outcome = readTokenFile(join(path, name), name);
    if ('damage' in outcome) damaged.push({ name, damage: outcome.damage });
    else loaded.set(outcome.profileId, outcome.token);
  }
  if (damaged.length === 0) return { loaded, notice: null };
  const reason = damaged.some(({ damage }) => damage === 'newer_version') ? 'newer_version' : 'invalid_records';
  const movedTo = movedAsidePath(dataDir, TOKEN_FOLDER, reason, now, '');
  mkdirSync(movedTo, { mode: FOLDER_MODE });
  for (const { name } of damaged) renameSync(join(path, name), join(movedTo, name));
  return { loaded, notice: { file: TOKEN_FOLDER_LABEL, movedTo, reason, kept: loaded.size, dropped: damaged.length } };
}

/**
 * Opens `<dataDir>/tokens/`, first moving into it the tokens of a tokens.json an older version left; returns what had to
 * be moved aside. Run before the core starts, once per start.
 */
export function openTokenFolder(dataDir: string, now: number): { folder: TokenFolder; notices: StorageNotice[] } {
  const path = join(dataDir, TOKEN_FOLDER);
  const notices: StorageNotice[] = [];
  // Anything but a folder under its name (a file, a link to somewhere else) is moved aside like any unusable store file.
  if (existsSync(path) && !lstatSync(path).isDirectory()) {
    const movedTo = movedAsidePath(dataDir, TOKEN_FOLDER, 'unreadable', now, '');
    renameSync(path, movedTo);
    notices.push({ file: TOKEN_FOLDER_LABEL, movedTo, reason: 'unreadable', kept: 0, dropped: 0 });
  }
  mkdirSync(path, { recursive: true, mode: FOLDER_MODE });
  const fileOf = (profileId: string): string => join(path, tokenFileName(profileId));
  const writeFile = (profileId: string, token: StoredToken): void => writeFileAtomically(fileOf(profileId), tokenFileText(profileId, token));
  const legacy = moveLegacyTokensFile(dataDir, now, { has: (profileId) => existsSync(fileOf(profileId)), write: writeFile });
  if (legacy) notices.push(legacy);
  const { loaded, notice } = loadTokenFiles(dataDir, path, now);
  if (notice) notices.push(notice);

  const folder: TokenFolder = {
    path,
    loaded,
    write(profileId, token) {
      try {
        writeFile(profileId, token);
      } catch (error) {
        // The folder went while the app ran: make it again rather than fail every save until the next start.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || existsSync(path)) throw error;
        mkdirSync(path, { recursive: true, mode: FOLDER_MODE });
        writeFile(profileId, token);
      }
    },
    remove: (profileId) => rmSync(fileOf(profileId), { force: true }),
  };
  return { folder, notices };
}
