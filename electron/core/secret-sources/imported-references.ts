// Secret references that arrive in a file (a team export, a .env file): a file is hostile input, so what a reference will
// run is decided here, on this computer, and what runs without a person's confirmation is kept to the least.
import { DEFAULT_BASE_URL } from '../../../shared/profile';
import { cliNameOf, describeCommand, OP_REFERENCE, type SecretReference } from '../../../shared/secret-sources/secret-presets';
import type { ImportPreview } from '../../../shared/transfer';
import { cliLabelOf } from './preset-readers';

/** Finds a vendor CLI by its file name on this computer (executable-lookup.ts); null when it is not installed. */
export type FindExecutable = (name: string) => string | null;

/** A vendor CLI on this computer: where it is, or, not installed, where it would be (executable-lookup.ts usualInstallPath). */
export interface LocalCli {
  readonly find: FindExecutable;
  readonly usualPath: (name: string) => string;
}

export interface ImportedReference {
  readonly reference: SecretReference;
  /**
   * Whether it may run without the person confirming it in the form first. Never a custom command (its program is the
   * file's to choose); a preset only with its CLI found here and for Butlr's own server: otherwise a file could have this
   * computer read any item the person can reach and send it to a server of the file's choosing.
   */
  readonly confirmed: boolean;
}

/**
 * A custom command keeps its program and arguments as written (and arrives off). A preset never keeps the file's path,
 * which is another computer's: it names the CLI found here, or, not installed yet, where it would be installed here.
 */
export function importedReference(reference: SecretReference, baseUrl: string, cli: LocalCli): ImportedReference {
  if (reference.preset === 'custom') return { reference, confirmed: false };
  const name = cliNameOf(reference.preset);
  const local = cli.find(name);
  if (local === null) return { reference: { ...reference, executable: cli.usualPath(name) }, confirmed: false };
  return { reference: { ...reference, executable: local }, confirmed: baseUrl === DEFAULT_BASE_URL };
}

/**
 * What the import preview shows of a reference: the command as it will run here, whether it runs unconfirmed, and a
 * preset's CLI that is not installed on this computer (its command then names where it would be installed).
 */
export function previewOfReference(reference: SecretReference, confirmed: boolean, cli: LocalCli): NonNullable<ImportPreview['profiles'][number]['reference']> {
  const notInstalled = reference.preset !== 'custom' && cli.find(cliNameOf(reference.preset)) === null ? cliLabelOf(reference.preset) : null;
  return { command: describeCommand(reference), confirmed, notInstalled };
}

/**
 * BUTLR_CLIENT_SECRET=op://Team/Butlr Prod/credential, the convention of `op run --env-file`: a 1Password reference, not
 * a literal secret. Null for any other value. `executable` is the CLI found here, or where it would be installed here.
 */
export function referenceInEnvValue(value: string, cli: LocalCli): SecretReference | null {
  if (!OP_REFERENCE.test(value.trim())) return null;
  return { preset: '1password', executable: cli.find('op') ?? cli.usualPath('op'), reference: value.trim() };
}
