// The export form's rule for a passphrase: long enough, and typed the same twice.
import { PASSPHRASE_MIN_LENGTH } from '../../shared/transfer';

export type ExportField = 'passphrase' | 'repeat';
export type ExportErrors = Partial<Record<ExportField, string>>;

export { PASSPHRASE_MIN_LENGTH };

/** Main refuses shorter ones with the same words; counted as main counts: characters after NFC normalisation. */
export function checkPassphrase(passphrase: string, repeat: string): ExportErrors {
  if ([...passphrase.normalize('NFC')].length < PASSPHRASE_MIN_LENGTH) {
    return { passphrase: `Use a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters; a few words are easier to remember than symbols.` };
  }
  return repeat === passphrase ? {} : { repeat: 'The two passphrases differ. Type the same one twice.' };
}
