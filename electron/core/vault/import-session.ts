// Reads the file a person chose to import: an export (JSON) or a Butlr .env file, as candidates with or without secrets.
import { basename } from 'node:path';
import { appError, type AppError } from '../../../shared/app-error';
import { credentialFieldsOf, secretOf } from '../../../shared/credentials/credential-kinds';
import { fail, ok, type Result } from '../../../shared/result';
import type { ProfileCandidate } from '../profiles/profile-service';
import { importedReference, referenceInEnvValue, type LocalCli } from '../secret-sources/imported-references';
import { importEnvFile } from './env-import';
import { parseExport, type ParsedExport } from './export-format';
import { readImportText } from './import-file';

export interface ImportSession {
  readonly fileName: string;
  readonly source: 'env' | 'export';
  readonly secrets: 'none' | 'locked' | 'included';
  readonly candidates: readonly ProfileCandidate[];
  /** The file's text, kept only while its secrets are still locked, to open them with the passphrase. */
  readonly lockedText: string | null;
}

/** An export parses as a JSON object that names our format; anything else is read as a .env file. */
function looksLikeExport(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text) && text.includes('"butlr-credentials-export"');
}

export function candidatesFromExport(parsed: ParsedExport, cli: LocalCli): ProfileCandidate[] {
  return parsed.profiles.map(({ secretReference, ...profile }) => {
    const secret = parsed.secrets === 'decrypted' && !secretReference ? (profile as { secret: string | null }).secret : null;
    if (!secretReference) return { ...profile, secret };
    const imported = importedReference(secretReference, profile.baseUrl, cli);
    return { ...profile, secret: null, secretReference: imported.reference, confirmReference: imported.confirmed };
  });
}

/** A file's problems are listed one by one in `problems`; the message says which file, and that nothing came of it. */
function aboutFile(error: AppError, fileName: string): AppError {
  if (!error.problems) return error;
  const these = error.problems.length === 1 ? 'this' : 'these';
  return { ...error, message: `Nothing was imported from ${fileName}. Fix ${these} in the file, then import it again:` };
}

export async function readImportFile(path: string, cli: LocalCli): Promise<Result<ImportSession>> {
  const fileName = basename(path);
  const read = await readImportText(path, fileName);
  if (!read.ok) return read;
  const text = read.value;
  if (looksLikeExport(text)) {
    const parsed = await parseExport(text);
    if (!parsed.ok) return fail(aboutFile(parsed.error, fileName));
    const secrets = parsed.value.secrets === 'locked' ? 'locked' : 'none';
    return ok({ fileName, source: 'export', secrets, candidates: candidatesFromExport(parsed.value, cli), lockedText: secrets === 'locked' ? text : null });
  }
  const env = importEnvFile(text, fileName);
  if (!env.ok) return fail(aboutFile(env.error, fileName));
  const { name, baseUrl, notes, tags, color } = env.value;
  const common = { ...credentialFieldsOf(env.value), name, baseUrl, notes, tags, color };
  // BUTLR_CLIENT_SECRET=op://…: where the secret is, not the secret (the convention of `op run --env-file`).
  const reference = referenceInEnvValue(secretOf(env.value), cli);
  if (reference) {
    const imported = importedReference(reference, baseUrl, cli);
    const candidate = { ...common, secret: null, secretReference: imported.reference, confirmReference: imported.confirmed };
    return ok({ fileName, source: 'env', secrets: 'none', candidates: [candidate], lockedText: null });
  }
  const candidate = { ...common, secret: secretOf(env.value) };
  return ok({ fileName, source: 'env', secrets: 'included', candidates: [candidate], lockedText: null });
}

/** Opens a locked export's secrets with the passphrase; every other field is verified unchanged on the way. */
export async function unlockImport(session: ImportSession, passphrase: string, cli: LocalCli): Promise<Result<ImportSession>> {
  if (session.lockedText === null) return fail(appError('invalid_request', 'This import has no locked secrets.'));
  const parsed = await parseExport(session.lockedText, passphrase);
  if (!parsed.ok) return parsed;
  return ok({ ...session, secrets: 'included', candidates: candidatesFromExport(parsed.value, cli), lockedText: null });
}
