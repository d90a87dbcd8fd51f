// Encrypts a secret for disk only when that is really encryption, or when the person agreed to mere obfuscation.
import { appError } from '../../../shared/app-error';
import { fail, type Result } from '../../../shared/result';
import type { SecretCipher } from './secret-cipher';

export type SecretSealer = (plainText: string, field: string) => Promise<Result<string>>;

/**
 * On Linux without a keyring, safeStorage's `basic_text` backend "encrypts" with a key hard-coded in Chromium.
 * We say so and save a secret that way only after the person has said yes once (a setting they can change).
 */
export function createSecretSealer(cipher: SecretCipher, weakEncryptionAllowed: () => boolean): SecretSealer {
  return async (plainText, field) => {
    const status = await cipher.status();
    if (status.available && status.weak && !weakEncryptionAllowed()) {
      return fail(
        appError(
          'weak_encryption',
          'No keyring is available, so secrets would only be obfuscated with a key anyone can look up, not encrypted. Agree to store them that way, or set up a keyring (GNOME Keyring or KWallet) and restart the app.',
          { field },
        ),
      );
    }
    const sealed = await cipher.encrypt(plainText);
    return sealed.ok ? sealed : fail({ ...sealed.error, field });
  };
}
