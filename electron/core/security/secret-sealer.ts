// Encrypts a secret for disk only when that is really encryption, or when the person agreed to mere obfuscation. Tokens
// follow the same rule (held-tokens.ts): without that consent they are kept in memory only.
import { appError } from '../../../shared/app-error';
import { fail, ok, type Result } from '../../../shared/result';
import type { SecretCipher } from './secret-cipher';

export type SecretSealer = (plainText: string, field: string) => Promise<Result<string>>;
/** Whether a secret could be saved now, asked before a batch (an import) so it does not stop halfway. */
export type SealCheck = (field?: string) => Promise<Result<void>>;

/**
 * On Linux without a keyring, safeStorage's `basic_text` backend "encrypts" with a key hard-coded in Chromium.
 * We say so and save a secret that way only after the person has said yes once (a setting they can change).
 */
export function createSealCheck(cipher: SecretCipher, weakEncryptionAllowed: () => boolean): SealCheck {
  return async (field) => {
    const status = await cipher.status();
    if (status.available && status.weak && !weakEncryptionAllowed()) {
      return fail(
        appError(
          'weak_encryption',
          'No keyring is available, so secrets would only be obfuscated with a key anyone can look up, not encrypted. Agree to store them that way, or set up a keyring (GNOME Keyring or KWallet) and restart the app.',
          field ? { field } : {},
        ),
      );
    }
    return ok(undefined);
  };
}

export function createSecretSealer(cipher: SecretCipher, check: SealCheck): SecretSealer {
  return async (plainText, field) => {
    const allowed = await check(field);
    if (!allowed.ok) return allowed;
    const sealed = await cipher.encrypt(plainText);
    return sealed.ok ? sealed : fail({ ...sealed.error, field });
  };
}
