// The export form's rule for a passphrase: long enough, and typed the same twice.
export type ExportField = 'passphrase' | 'repeat';
export type ExportErrors = Partial<Record<ExportField, string>>;

/**
 * Main refuses shorter ones with the same words (electron/core/vault/export-format.ts). Counted as main counts:
 * characters after NFC normalisation, not UTF-16 units.
 */
export const PASSPHRASE_MIN_LENGTH = 12;

export function checkPassphrase(passphrase: string, repeat: string): ExportErrors {
  if ([...passphrase.normalize('NFC')].length < PASSPHRASE_MIN_LENGTH) {
    return { passphrase: `Use a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters; a few words are easier to remember than symbols.` };
  }
  return repeat === passphrase ? {} : { repeat: 'The two passphrases differ. Type the same one twice.' };
}
