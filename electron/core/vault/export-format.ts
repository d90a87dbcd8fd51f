// Writes and reads our JSON export: profile metadata, and the secrets only when sealed under a passphrase bound to every other field.
import { appError } from '../../../shared/app-error';
import { credentialFieldsOf } from '../../../shared/credentials/credential-kinds';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/transfer';
import { fail, ok, type Result } from '../../../shared/result';
import { canonicalJson, type Json } from './canonical-json';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportDocumentSchema,
  findPlainTextSecret,
  secretsByIndexSchema,
  type ExportedProfile,
  type ExportedProfileInput,
} from './export-document';
import { issuesToAppError, describeIssue, parseJsonText } from './file-problems';
import { newSealedBlobHeader, openBlob, sealBlob, type SealedBlob } from './passphrase-envelope';

export type { ExportedProfile } from './export-document';

/** A profile to export: its metadata, and its secret when there is one to include (an unreadable secret is simply absent). */
export type ExportSource = ExportedProfileInput & { readonly secret?: string | null };

export interface ExportOptions {
  /** Without one, the file holds no secret at all. */
  readonly passphrase?: string;
}

export type ImportedProfile = ExportedProfile & { readonly secret: string | null };

/** What a file holds. `locked` metadata is unauthenticated until the passphrase opens the secrets. */
export type ParsedExport =
  | { readonly secrets: 'none'; readonly exportedAt: number; readonly profiles: readonly ExportedProfile[] }
  | { readonly secrets: 'locked'; readonly exportedAt: number; readonly profiles: readonly ExportedProfile[] }
  | { readonly secrets: 'decrypted'; readonly exportedAt: number; readonly profiles: readonly ImportedProfile[] };

export { PASSPHRASE_MIN_LENGTH } from '../../../shared/transfer';
export const EXPORT_MAX_BYTES = 8 * 1024 * 1024;

const wrongPassphrase = appError(
  'invalid_request',
  'Wrong passphrase, or the file was changed after export. The encryption cannot tell these apart: check the passphrase, and if it is right, the file is not the one that was exported.',
  { field: 'passphrase' },
);

/** The file's text. Fails only on a passphrase that is too short or a profile that could not be read back. */
export async function buildExport(profiles: readonly ExportSource[], options: ExportOptions, now: number): Promise<Result<string>> {
  const { passphrase } = options;
  if (passphrase !== undefined && [...passphrase.normalize('NFC')].length < PASSPHRASE_MIN_LENGTH) {
    return fail(appError('invalid_request', `Use a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters; a few words are easier to remember than symbols.`, { field: 'passphrase' }));
  }
  // Field by field, so nothing the caller's objects carry besides these (an id, an encrypted secret) reaches the file.
  const metadata: ExportedProfile[] = profiles.map((profile) => {
    const { name, baseUrl } = profile;
    const [notes, tags, color] = [profile.notes ?? '', profile.tags ?? [], profile.color ?? null];
    const { kind, ...fields } = credentialFieldsOf(profile);
    const reference = profile.secretReference === undefined ? {} : { secretReference: profile.secretReference };
    return { kind, name, baseUrl, ...fields, notes, tags, color, ...reference } as ExportedProfile;
  });
  const draft = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), profiles: metadata };
  // Never write a file we would refuse to read back; write what a reader will see (trimmed names, normalised URLs).
  const readable = exportDocumentSchema.safeParse(draft, { error: describeIssue });
  if (!readable.success) return fail(issuesToAppError(readable.error.issues));
  const document = { ...draft, profiles: readable.data.profiles };
  if (passphrase === undefined) return ok(toFileText(document));

  const secrets: Record<string, string> = {};
  profiles.forEach((profile, index) => {
    if (profile.secret) secrets[String(index)] = profile.secret;
  });
  const header = newSealedBlobHeader();
  const sealed = await sealBlob(header, passphrase, JSON.stringify(secrets), associatedData({ ...document, secrets: header }));
  return ok(toFileText({ ...document, secrets: sealed }));
}

/**
 * Reads an export. With no passphrase, a file with secrets comes back `locked` (metadata only, to preview); with
 * one, the secrets are decrypted and every other field is verified not to have changed since export.
 */
export async function parseExport(text: string, passphrase?: string): Promise<Result<ParsedExport>> {
  const invalid = (message: string, field?: string) => fail(appError('invalid_request', message, field ? { field } : {}));
  if (Buffer.byteLength(text, 'utf8') > EXPORT_MAX_BYTES) return invalid(`This file is too large to be a Butlr Credentials export (over ${EXPORT_MAX_BYTES / 1024 / 1024} MB).`);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return invalid('This file is empty.');
  const json = parseJsonText(body);
  if (!json.ok) return invalid(json.message);
  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as Record<string, unknown>).format !== EXPORT_FORMAT) {
    return invalid('This is not a Butlr Credentials export file.', 'format');
  }
  const record = raw as Record<string, unknown>;
  const { version } = record;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return invalid(`This file was exported by a newer version of Butlr Credentials (format v${version}); this app reads v${EXPORT_VERSION}. Update the app, then import it again.`, 'version');
  }
  const plainSecret = findPlainTextSecret(record);
  if (plainSecret !== undefined) {
    return invalid(
      `${plainSecret}: this file holds a secret in plain text. Butlr Credentials imports secrets only when they are encrypted with a passphrase; export again with a passphrase, or remove the secret from the file.`,
      plainSecret,
    );
  }
  const parsed = exportDocumentSchema.safeParse(raw, { error: describeIssue });
  if (!parsed.success) return fail(issuesToAppError(parsed.error.issues));

  const { exportedAt, profiles, secrets } = parsed.data;
  const at = Date.parse(exportedAt);
  if (secrets === undefined) return ok({ secrets: 'none', exportedAt: at, profiles });
  if (passphrase === undefined) return ok({ secrets: 'locked', exportedAt: at, profiles });
  if (passphrase === '') return invalid('Enter the passphrase this file was exported with.', 'passphrase');

  const opened = await openBlob(secrets, passphrase, associatedData(raw as Json));
  if (!opened.ok) return fail(wrongPassphrase);
  const inner = parseJsonText(opened.value);
  const secretsByIndex = secretsByIndexSchema.safeParse(inner.ok ? inner.value : undefined);
  // Authentic yet unusable: written by a broken exporter, not changed on the way. Say so without quoting it.
  if (!secretsByIndex.success || Object.keys(secretsByIndex.data).some((index) => Number(index) >= profiles.length)) {
    return invalid('The encrypted secrets in this file do not match its profiles, so nothing was imported.', 'secrets');
  }
  return ok({
    secrets: 'decrypted',
    exportedAt: at,
    profiles: profiles.map((profile, index) => ({ ...profile, secret: secretsByIndex.data[String(index)] ?? null })),
  });
}

/**
 * Everything in the file except the ciphertext and the tag, in one canonical spelling: bound into the GCM tag,
 * so a changed base URL, name, salt or date makes the secrets refuse to open rather than go somewhere else.
 */
function associatedData(document: Json): string {
  const { secrets, ...rest } = document as { readonly secrets?: Partial<SealedBlob> } & Record<string, Json>;
  const { ciphertext: _ciphertext, tag: _tag, ...header } = secrets ?? {};
  return canonicalJson({ ...rest, secrets: header as Json });
}

function toFileText(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
