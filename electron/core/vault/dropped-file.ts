// A file dropped on the window, by the path the preload found for it: checked before it is opened, since a page that is
// not ours could send any path. import-file.ts then takes only a regular file, of at most an export's size.
import { basename, isAbsolute } from 'node:path';
import { appError } from '../../../shared/app-error';
import { isImportFileName, notAnImportFile } from '../../../shared/import-file-name';
import { fail, ok, type Result } from '../../../shared/result';

const NOT_FROM_DISK = 'Only a file from this computer can be imported: drop a .env file or an export (.json) from a folder.';

export function checkDroppedPath(path: string): Result<string> {
  // '' is what the preload sends for something that is not a file on disk (dragged text, a file made by a script).
  if (path === '' || !isAbsolute(path) || path.includes('\0')) return fail(appError('invalid_request', NOT_FROM_DISK));
  const name = basename(path);
  if (!isImportFileName(name)) return fail(appError('invalid_request', notAnImportFile(name)));
  return ok(path);
}
