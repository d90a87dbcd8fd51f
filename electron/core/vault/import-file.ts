// Reads the file a person chose to import: opened once without blocking, a regular file only, never more than an export can be.
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { appError } from '../../../shared/app-error';
import { fail, ok, type Result } from '../../../shared/result';
import { EXPORT_MAX_BYTES } from './export-format';

const MB = 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;

// O_NONBLOCK: opening a FIFO for reading otherwise waits, forever, for a writer (and holds a libuv thread while it does).
// O_NOCTTY: a terminal device must not become our controlling terminal. Neither exists on Windows, nor is needed there.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

const chooseAFile = 'Choose an export (.json) or a .env file.';

function whatItIs(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const notAFile = (fileName: string, what: string) =>
  fail(appError('not_a_file', what === 'a folder' ? `${fileName} is a folder. Choose the export (.json) or .env file inside it.` : `${fileName} is ${what}, not a file. ${chooseAFile}`));

const couldNotRead = (fileName: string) => fail(appError('invalid_request', `Could not read ${fileName}. Check that the file exists and you may read it.`));

const megabytes = (bytes: number): string => `${Math.ceil((bytes / MB) * 10) / 10} MB`;

const tooLarge = (fileName: string, size: string) =>
  fail(appError('file_too_large', `${fileName} is ${size}; an export or .env file is at most ${megabytes(EXPORT_MAX_BYTES)}. ${chooseAFile}`));

/** At most `EXPORT_MAX_BYTES`, counted as read: a file may grow after fstat, and some (in /proc) report size 0. */
async function readBounded(handle: FileHandle): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    total += bytesRead;
    if (total > EXPORT_MAX_BYTES) return null;
    chunks.push(chunk.subarray(0, bytesRead));
  }
}

export async function readImportText(path: string, fileName: string): Promise<Result<string>> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Windows refuses to open a folder; Linux refuses to open a socket.
    if (code === 'EISDIR') return notAFile(fileName, 'a folder');
    if (code === 'ENXIO' || code === 'ENODEV') return notAFile(fileName, 'not a regular file');
    return couldNotRead(fileName);
  }
  try {
    // The open handle, not the path: what is checked is what is read, even if the path is swapped in between.
    const stats = await handle.stat();
    if (!stats.isFile()) return notAFile(fileName, whatItIs(stats));
    if (stats.size > EXPORT_MAX_BYTES) return tooLarge(fileName, megabytes(stats.size));
    const bytes = await readBounded(handle);
    if (bytes === null) return tooLarge(fileName, `more than ${megabytes(EXPORT_MAX_BYTES)}`);
    return ok(bytes.toString('utf8'));
  } catch {
    return couldNotRead(fileName);
  } finally {
    await handle.close();
  }
}
