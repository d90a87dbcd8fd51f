// Opens what the app stored (a secret or a token) with the test's keyring, to check what was sealed and with which binding.
import { createSecretCipher, type SafeStorageLike } from '../../../../electron/core/security/secret-cipher';

/** What the app seals: the value, the sign-in identity it belongs to and (v2) what it is for (see electron/core/security/bound-value.ts). */
export interface SealedEnvelope {
  readonly v: number;
  readonly purpose?: string;
  readonly value: string;
  readonly binding: Record<string, string>;
}

/** The plain text behind a stored `ss1:` value; fails the test when it does not decrypt. */
export async function decryptStored(safeStorage: SafeStorageLike, stored: string): Promise<string> {
  const decrypted = await createSecretCipher(safeStorage, 'linux').decrypt(stored);
  if (!decrypted.ok) throw new Error(`does not decrypt: ${decrypted.error.message}`);
  return decrypted.value.plainText;
}

export async function openEnvelope(safeStorage: SafeStorageLike, stored: string): Promise<SealedEnvelope> {
  return JSON.parse(await decryptStored(safeStorage, stored)) as SealedEnvelope;
}
