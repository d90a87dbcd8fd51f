// tokens.json, where every token lived up to version 2: at the first start that finds it, its tokens move into tokens/.
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StorageNotice } from '../../../shared/storage-notice';
import { backupPath, movedAsidePath, readStoreFile } from '../storage/prepare-store-file';
import { legacyTokensFileSpec, type StoredToken } from './tokens-file';

interface MoveTarget {
  /** Whether tokens/ already holds a file for the profile: written by this version, so newer than tokens.json. */
  has(profileId: string): boolean;
  write(profileId: string, token: StoredToken): void;
}

/**
 * Moves every readable, still usable token of `<dataDir>/tokens.json` (migrated from v1 on the way) into `target`, then
 * renames the file: to `tokens.v<n>-backup-<time>.json` as it was, or aside with a notice, as any damaged store file is,
 * when some of it could not be read. The tokens are written before the file goes, so a crash in between moves them again
 * at the next start.
 */
export function moveLegacyTokensFile(dataDir: string, now: number, target: MoveTarget): StorageNotice | null {
  const path = join(dataDir, 'tokens.json');
  if (!existsSync(path)) return null;
  const file = 'tokens.json';
  const contents = readStoreFile(path, legacyTokensFileSpec);
  if (!contents.readable) {
    const movedTo = movedAsidePath(dataDir, 'tokens', 'unreadable', now);
    renameSync(path, movedTo);
    return { file, movedTo, reason: 'unreadable', kept: 0, dropped: 0 };
  }
  const tokens = contents.rebuilt[legacyTokensFileSpec.records.key] as Record<string, StoredToken>;
  for (const [profileId, token] of Object.entries(tokens)) {
    // Each write is an fsync (a few ms): a token this very start would drop (expired, or of unknown expiry: see
    // token-service.ts) is not worth one. It stays in the backup.
    const usable = token.expiresAt !== null && token.expiresAt > now;
    if (usable && !target.has(profileId)) target.write(profileId, token);
  }
  const { version, damage, kept, dropped } = contents;
  const movedTo = damage ? movedAsidePath(dataDir, 'tokens', damage, now) : backupPath(dataDir, 'tokens', version, now);
  renameSync(path, movedTo);
  return damage ? { file, movedTo, reason: damage, kept, dropped } : null;
}
