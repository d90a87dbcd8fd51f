// Writes a file whole or not at all (temp file + rename), readable by the user only.
import { renameSync, writeFileSync } from 'node:fs';
import { STORE_FILE_MODE } from './key-value-store';

export function writeFileAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: STORE_FILE_MODE });
  renameSync(temporary, path);
}
