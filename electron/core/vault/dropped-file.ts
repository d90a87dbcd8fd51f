// A file dropped on the window, by the path the preload found for it: checked before it is opened, since a page that is
// not ours could send any path, and only here, so the window's first chunk carries none of it. import-file.ts then takes
// only a regular file, of at most an export's size.
import { basename, isAbsolute } from 'node:path';
import { appError } from '../../../shared/app-error';
import { fail, ok, type Result } from '../../../shared/result';

/** `.env`, `.env.staging`, `staging.env` or `vault.json`, in any case: what a drop may bring to Import. */
function isImportFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env') || lower.endsWith('.json');
}

const notAnImportFile = (name: string): string =>
  `${name} is not a .env file or an export (.json), so it was not imported. Drop a .env file or a Butlr Credentials export, or use Import… to choose any file.`;

const NOT_FROM_DISK = 'Only a file from this computer can be imported: drop a .env file or an export (.json) from a folder.';

export function checkDroppedPath(path: string): Result<string> {
  // '' is what the preload sends for something that is not a file on disk (dragged text, a file made by a script).
  if (path === '' || !isAbsolute(path) || path.includes('\0')) return fail(appError('invalid_request', NOT_FROM_DISK));
  const name = basename(path);
  if (!isImportFileName(name)) return fail(appError('invalid_request', notAnImportFile(name)));
  return ok(path);
}
