// Secret references that arrive in a file (a team export, a .env file): a file is hostile input, so what a reference will
// run is decided here, on this computer, and what runs without a person's confirmation is kept to the least.
import { DEFAULT_BASE_URL } from '../../../shared/profile';
import { OP_REFERENCE, secretPresets, type SecretReference } from '../../../shared/secret-sources/secret-presets';

/** Finds a vendor CLI by its file name on this computer (executable-lookup.ts); null when it is not installed. */
export type FindExecutable = (name: string) => string | null;

export interface ImportedReference {
  readonly reference: SecretReference;
  /**
   * Whether it may run without the person confirming it in the form first. Never a custom command (its program is the
   * file's to choose); a preset only with its CLI found here and for Butlr's own server: otherwise a file could have this
   * computer read any item the person can reach and send it to a server of the file's choosing.
   */
  readonly confirmed: boolean;
}

export function importedReference(reference: SecretReference, baseUrl: string, find: FindExecutable): ImportedReference {
  if (reference.preset === 'custom') return { reference, confirmed: false };
  // The file's path is another computer's; the CLI is looked for here.
  const local = find(secretPresets[reference.preset].executableName ?? reference.preset);
  if (local === null) return { reference, confirmed: false };
  return { reference: { ...reference, executable: local }, confirmed: baseUrl === DEFAULT_BASE_URL };
}

/**
 * BUTLR_CLIENT_SECRET=op://Team/Butlr Prod/credential, the convention of `op run --env-file`: a 1Password reference, not
 * a literal secret. Null for any other value. `executable` is the CLI found here, or where 1Password installs it.
 */
export function referenceInEnvValue(value: string, find: FindExecutable): SecretReference | null {
  if (!OP_REFERENCE.test(value.trim())) return null;
  return { preset: '1password', executable: find('op') ?? '/usr/local/bin/op', reference: value.trim() };
}
