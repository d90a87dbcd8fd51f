// Writes a file whole or not at all (a new temp file beside it, then rename), readable by the user only.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { STORE_FILE_MODE } from './key-value-store';

/**
 * A name nobody can predict, created exclusively ('wx'): the temp file is always new, so it gets our mode rather than
 * a leftover file's, and a planted file or symlink at that name makes the write fail instead of being written through.
 * Renaming it over the target replaces the old file (its mode, its other hard links) instead of writing into it.
 */
const temporaryPathFor = (path: string): string => `${path}.${randomBytes(6).toString('hex')}.tmp`;

export function writeFileAtomically(path: string, text: string): void {
  const temporary = temporaryPathFor(path);
  const descriptor = openSync(temporary, 'wx', STORE_FILE_MODE);
  try {
    try {
      writeFileSync(descriptor, text);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The same, without blocking the process: for files a person asked for, such as an export. */
export async function writeFileAtomicallyAsync(path: string, text: string): Promise<void> {
  const temporary = temporaryPathFor(path);
  const handle = await open(temporary, 'wx', STORE_FILE_MODE);
  try {
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
