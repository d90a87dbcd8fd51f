// The secret managers a profile's secret can be read from, each an executable and an argument list run without a shell:
// their names, the inputs the form asks for, the syntax each input must have, and the exact command. The one place that
// knows what differs per preset on both sides; main adds how each one's output and failures read (electron/core/secret-sources/).
import { z } from '../zod-mini';

/** One input of a preset, as the form shows it. */
export interface PresetInput<Key extends string> {
  readonly key: Key;
  readonly label: string;
  readonly placeholder: string;
  readonly hint?: string;
}

export interface SecretPresetFacts<P extends string, Key extends string> {
  readonly preset: P;
  readonly label: string;
  /** The vendor CLI's file name, looked up on PATH and in the usual install folders; null: the person gives an absolute path. */
  readonly executableName: string | null;
  readonly inputs: readonly PresetInput<Key>[];
}

const definePreset = <const P extends string, const Key extends string>(facts: SecretPresetFacts<P, Key>): SecretPresetFacts<P, Key> => facts;

export const onePassword = definePreset({
  preset: '1password',
  label: '1Password',
  executableName: 'op',
  inputs: [{ key: 'reference', label: 'Secret reference', placeholder: 'op://vault/item/field', hint: 'In 1Password: the field’s menu › Copy Secret Reference.' }],
});
export const bitwarden = definePreset({
  preset: 'bitwarden',
  label: 'Bitwarden Secrets Manager',
  executableName: 'bws',
  inputs: [{ key: 'secretId', label: 'Secret ID', placeholder: '00000000-0000-0000-0000-000000000000' }],
});
export const hashicorpVault = definePreset({
  preset: 'vault',
  label: 'HashiCorp Vault',
  executableName: 'vault',
  inputs: [
    { key: 'path', label: 'Secret path', placeholder: 'secret/butlr/prod' },
    { key: 'field', label: 'Field', placeholder: 'client_secret' },
  ],
});
export const doppler = definePreset({
  preset: 'doppler',
  label: 'Doppler',
  executableName: 'doppler',
  inputs: [{ key: 'secretName', label: 'Secret name', placeholder: 'BUTLR_CLIENT_SECRET', hint: 'Read from the project and config set up for Doppler (doppler setup, or DOPPLER_PROJECT and DOPPLER_CONFIG).' }],
});
export const customCommand = definePreset({
  preset: 'custom',
  label: 'Custom command',
  executableName: null,
  inputs: [],
});

/** In the form's order. */
export const secretPresets = { '1password': onePassword, bitwarden, vault: hashicorpVault, doppler, custom: customCommand };
export type SecretPreset = keyof typeof secretPresets;
/** The presets that run a vendor CLI of their own: every one but Custom command. */
export type VendorPreset = Exclude<SecretPreset, 'custom'>;

/** The file name of a vendor preset's CLI, which main looks for on this computer (`op`, `bws`, `vault`, `doppler`). */
export const cliNameOf = (preset: VendorPreset): string => secretPresets[preset].executableName ?? preset;
export const secretPresetList = Object.values(secretPresets) as readonly SecretPresetFacts<SecretPreset, string>[];

/**
 * A program on this computer: /… (POSIX) or a drive letter's root (Windows). Never a network path (\\host\share,
 * //host/share, \\?\…): running one from there would make Windows connect to that host and offer it the person's
 * credentials, which a team file could propose.
 */
export function isLocalAbsolutePath(path: string): boolean {
  if (/^[\\/]{2}/.test(path)) return false;
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

const absolutePath = z
  .string()
  .check(
    z.minLength(1, 'Choose the program to run.'),
    z.maxLength(1024, 'That path is too long.'),
    z.refine(isLocalAbsolutePath, 'Give the program’s absolute path on this computer, e.g. /usr/local/bin/get-secret or C:\\Tools\\get-secret.exe (not a network share).'),
  );
const argument = z.string().check(z.maxLength(1024, 'That argument is too long.'), z.refine((arg) => !arg.includes('\0'), 'An argument cannot hold a NUL character.'));
// No leading dash: a value in the position of an operand must never be read by the vendor CLI as an option.
const operand = (message: string, pattern: RegExp) => z.string().check(z.trim(), z.maxLength(1024, 'That is too long.'), z.regex(pattern, message));

/** op://vault/item/field or op://vault/item/section/field, each part non-empty and without a slash of its own. */
export const OP_REFERENCE = /^op:\/\/[^/\s][^/]*\/[^/]+\/[^/]+(\/[^/]+)?$/;

export const secretReferenceSchema = z.discriminatedUnion('preset', [
  z.strictObject({
    preset: z.literal('1password'),
    executable: absolutePath,
    reference: operand('A 1Password secret reference looks like op://vault/item/field (or op://vault/item/section/field).', OP_REFERENCE),
  }),
  z.strictObject({
    preset: z.literal('bitwarden'),
    executable: absolutePath,
    secretId: operand('A Bitwarden secret ID is a UUID, e.g. 2d0ca4a2-5f5e-4a0b-9d4c-0123456789ab.', /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/),
  }),
  z.strictObject({
    preset: z.literal('vault'),
    executable: absolutePath,
    path: operand('A Vault path looks like secret/butlr/prod: no spaces, not starting with a dash.', /^[A-Za-z0-9_.][A-Za-z0-9_.\-/]*$/),
    field: operand('A Vault field name has letters, digits, dashes, dots or underscores only.', /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/),
  }),
  z.strictObject({
    preset: z.literal('doppler'),
    executable: absolutePath,
    secretName: operand('A Doppler secret name has capital letters, digits and underscores, e.g. BUTLR_CLIENT_SECRET.', /^[A-Z_][A-Z0-9_]*$/),
  }),
  z.strictObject({ preset: z.literal('custom'), executable: absolutePath, args: z.array(argument).check(z.maxLength(32, 'At most 32 arguments.')) }),
]);
export type SecretReference = z.infer<typeof secretReferenceSchema>;

/** The arguments each preset runs its executable with: never through a shell, so each arrives as one argument, verbatim. */
export function commandArgsOf(reference: SecretReference): readonly string[] {
  switch (reference.preset) {
    case '1password':
      return ['read', reference.reference];
    case 'bitwarden':
      // JSON whatever the person's bws config prefers: the value is read from it.
      return ['secret', 'get', reference.secretId, '--output', 'json'];
    case 'vault':
      return ['kv', 'get', `-field=${reference.field}`, reference.path];
    case 'doppler':
      return ['secrets', 'get', reference.secretName, '--plain'];
    case 'custom':
      return reference.args;
  }
}

/** The command as a person reads it before it runs (the import preview, the form): each argument quoted when it needs to be. */
export function describeCommand(reference: SecretReference): string {
  return [reference.executable, ...commandArgsOf(reference)].map(quoteForReading).join(' ');
}

const quoteForReading = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);

/** The same reference, in one fixed key order: what its confirmation is sealed over, and what two references are compared by. */
export function canonicalReference(reference: SecretReference): string {
  const { preset, executable, ...rest } = reference;
  return JSON.stringify([preset, executable, ...Object.keys(rest).sort().map((key) => [key, (rest as Record<string, unknown>)[key]])]);
}
