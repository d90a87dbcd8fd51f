// What main knows about each secret manager beside its inputs and command (shared/secret-sources/secret-presets.ts): the
// environment variables of its own it reads, how its answer holds the value, and how its failures read, with what to do.
import { cliNameOf, secretPresets, type SecretPreset, type VendorPreset } from '../../../shared/secret-sources/secret-presets';

/** Why a command failed, as far as its own words tell. */
export type FailureKind = 'signed_out' | 'locked' | 'not_found';

export interface PresetReader {
  /** Prefixes of the vendor's own variables the command keeps (OP_SESSION_…, BWS_ACCESS_TOKEN, VAULT_ADDR, DOPPLER_TOKEN). */
  readonly envPrefixes: readonly string[];
  /** The value in the command's whole output, before the one-value rule is applied to it; null: the output holds none. */
  value(output: string): string | null;
  /** Matched against stderr after a non-zero exit, in this order. */
  readonly failures: readonly (readonly [FailureKind, RegExp])[];
  /** What to do when nobody is signed in, and when it is locked. */
  readonly signInHint: string;
  readonly unlockHint: string;
}

/** The whole output is the value. */
const plain = (output: string): string | null => output;

/** `bws secret get` prints the secret as (pretty-printed) JSON; the value is its `value`. */
function bwsValue(output: string): string | null {
  try {
    const parsed: unknown = JSON.parse(output.trim());
    const value = typeof parsed === 'object' && parsed !== null ? (parsed as { value?: unknown }).value : undefined;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export const presetReaders: { readonly [P in SecretPreset]: PresetReader } = {
  '1password': {
    envPrefixes: ['OP_'],
    value: plain,
    failures: [
      ['locked', /\block(ed)?\b|unlock/i],
      ['signed_out', /not signed in|sign ?in|no accounts? (configured|found)|session (has )?expired|authori[sz]ation (prompt )?(dismissed|denied)/i],
      ['not_found', /isn't an item|isn't a vault|not found|could not find|no item|doesn't exist|does not exist/i],
    ],
    signInHint: 'run `op signin`, or unlock the 1Password app and turn on Settings › Developer › Integrate with 1Password CLI',
    unlockHint: 'unlock the 1Password app',
  },
  bitwarden: {
    envPrefixes: ['BWS_'],
    value: bwsValue,
    failures: [
      ['signed_out', /access token|BWS_ACCESS_TOKEN|unauthori[sz]ed|\b401\b|authentication/i],
      ['not_found', /not found|\b404\b/i],
    ],
    signInHint: 'give it a machine account’s access token in BWS_ACCESS_TOKEN (set where the app is started from)',
    unlockHint: 'check the machine account’s access token',
  },
  vault: {
    envPrefixes: ['VAULT_'],
    value: plain,
    failures: [
      ['locked', /\bsealed\b/i],
      ['signed_out', /permission denied|missing client token|invalid token|token (is )?expired|\b403\b|vault login/i],
      ['not_found', /no value found|not present in secret|no secret|\b404\b/i],
    ],
    signInHint: 'run `vault login` (and check VAULT_ADDR)',
    unlockHint: 'ask your Vault operator to unseal it',
  },
  doppler: {
    envPrefixes: ['DOPPLER_'],
    value: plain,
    failures: [
      ['signed_out', /doppler login|unauthori[sz]ed|invalid auth token|provide a token|not logged in/i],
      ['not_found', /could not find (requested )?secret|not found|does not exist/i],
    ],
    signInHint: 'run `doppler login`, then `doppler setup` in a folder or set DOPPLER_PROJECT and DOPPLER_CONFIG',
    unlockHint: 'run `doppler login`',
  },
  // Anything else: its failures are its own, told by its exit code only.
  custom: { envPrefixes: [], value: plain, failures: [], signInHint: '', unlockHint: '' },
};

/** "1Password CLI", "Custom command". */
export const toolName = (preset: SecretPreset): string => (preset === 'custom' ? 'The custom command' : `${secretPresets[preset].label} CLI`);

/** "1Password CLI (op)": a vendor CLI by name and by the file looked for on this computer. */
export const cliLabelOf = (preset: VendorPreset): string => `${toolName(preset)} (${cliNameOf(preset)})`;
