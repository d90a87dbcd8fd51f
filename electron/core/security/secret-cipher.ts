// The one module that touches safeStorage: encrypts secrets and tokens for disk and reports how strong that is.
import { appError, type AppError } from '../../../shared/app-error';
import type { EncryptionStatus } from '../../../shared/encryption-status';
import { fail, ok, type Result } from '../../../shared/result';

/** The part of Electron's `safeStorage` we use: the async API only (the sync one is deprecated in Electron 45). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  /** Linux only; elsewhere the OS keystore is used. */
  getSelectedStorageBackend?(): string;
}

/** Stored ciphertext carries a version prefix, so a later format can be told apart and migrated. */
const CIPHERTEXT_PREFIX = 'ss1:';

export interface Decrypted {
  readonly plainText: string;
  /** safeStorage rotated its key: encrypt the value again and save it. */
  readonly shouldReEncrypt: boolean;
}

export interface SecretCipher {
  status(): Promise<EncryptionStatus>;
  encrypt(plainText: string): Promise<Result<string>>;
  /** When the answer says `shouldReEncrypt`, the caller seals the value again and saves it if nothing changed meanwhile. */
  decrypt(stored: string): Promise<Result<Decrypted>>;
}

const unavailable: AppError = appError(
  'encryption_unavailable',
  'This computer offers no way to encrypt secrets (no keychain or keyring is unlocked), so nothing was saved. Unlock or install your keyring, then try again.',
);

const unreadable: AppError = appError(
  'secret_unreadable',
  'A stored secret could not be decrypted (it was saved on another computer or under another keyring). Re-enter it.',
);

export function createSecretCipher(safeStorage: SafeStorageLike, platform: NodeJS.Platform): SecretCipher {
  const status = async (): Promise<EncryptionStatus> => {
    const available = await safeStorage.isAsyncEncryptionAvailable();
    const backend = platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : platform === 'darwin' ? 'keychain' : 'dpapi';
    // basic_text means Chromium's hard-coded key: obfuscation, not encryption.
    return { available, backend, weak: backend === 'basic_text' };
  };

  const encrypt = async (plainText: string): Promise<Result<string>> => {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return fail(unavailable);
    try {
      const encrypted = await safeStorage.encryptStringAsync(plainText);
      return ok(CIPHERTEXT_PREFIX + encrypted.toString('base64'));
    } catch {
      return fail(unavailable);
    }
  };

  const decrypt = async (stored: string): Promise<Result<Decrypted>> => {
    if (!stored.startsWith(CIPHERTEXT_PREFIX)) return fail(unreadable);
    try {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(stored.slice(CIPHERTEXT_PREFIX.length), 'base64'));
      return ok({ plainText: result, shouldReEncrypt });
    } catch {
      return fail(unreadable);
    }
  };

  return { status, encrypt, decrypt };
}
