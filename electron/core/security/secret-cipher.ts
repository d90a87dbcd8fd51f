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

export const keyringUnavailable = (): AppError =>
  appError(
    'keyring_unavailable',
    'Waiting for the system keyring: it is locked or not ready yet. The saved secret is kept; the app reads it again on its own, and as soon as you unlock.',
  );

/**
 * Electron 45 rejects with "… is temporarily unavailable. Please try again." while the OS keystore cannot answer yet (a
 * keyring still locked at login, an unanswered Keychain prompt). That is not a lost secret: it must not read as one.
 */
function isTemporary(error: unknown): boolean {
  return error instanceof Error && /temporarily unavailable|try again/i.test(error.message);
}

/**
 * The tag Chromium puts before ciphertext made with its fixed, public key ("peanuts"): the Linux fallback when no
 * keyring answered, in the sync API (basic_text) and in the async one alike (components/os_crypt/async/browser/
 * posix_key_provider.cc, kEncryptionTag "v10"). A keyring or portal key gives another tag.
 */
const FIXED_KEY_TAG = 'v10';

/** Told when a decrypt met a keyring that is not ready, and when one worked again (keyring-wait.ts). */
export interface KeyringObserver {
  unavailable(): void;
  available(): void;
}

const ignoring: KeyringObserver = { unavailable: () => {}, available: () => {} };

export function createSecretCipher(safeStorage: SafeStorageLike, platform: NodeJS.Platform, observer: KeyringObserver = ignoring): SecretCipher {
  /**
   * On Linux, which key the async encryptor really got. `getSelectedStorageBackend()` names only the sync backend Electron
   * guessed from the desktop at start; the async one tries the secret portal, the Secret Service, then Chromium's fixed
   * key, and Electron 45 has no call that says which one it settled on. Its ciphertext does: sealing a probe and reading
   * the tag is the one reliable answer. Asked once per run (the encryptor keeps its key until restart), again if it failed.
   */
  let keySource: Promise<'keyring' | 'fixed_key' | 'unknown'> | null = null;
  const probeKeySource = async (): Promise<'keyring' | 'fixed_key' | 'unknown'> => {
    try {
      const sealed = await safeStorage.encryptStringAsync('butlr-credentials key probe');
      return sealed.subarray(0, FIXED_KEY_TAG.length).toString('latin1') === FIXED_KEY_TAG ? 'fixed_key' : 'keyring';
    } catch {
      return 'unknown';
    }
  };
  const linuxKeySource = async (): Promise<'keyring' | 'fixed_key' | 'unknown'> => {
    keySource ??= probeKeySource();
    const source = await keySource;
    if (source === 'unknown') keySource = null;
    return source;
  };

  const status = async (): Promise<EncryptionStatus> => {
    const available = await safeStorage.isAsyncEncryptionAvailable();
    if (platform !== 'linux') return { available, backend: platform === 'darwin' ? 'keychain' : 'dpapi', weak: false };
    const selected = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    if (!available) return { available, backend: selected, weak: selected === 'basic_text' };
    // basic_text, or a keyring named but Chromium's fixed key in use: obfuscation, not encryption. A probe that could not
    // run leaves it in doubt, and in doubt the person is warned (and asked) rather than told it is safe.
    const source = await linuxKeySource();
    if (source === 'keyring' && selected !== 'basic_text') return { available, backend: selected, weak: false };
    return { available, backend: source === 'unknown' ? 'unknown' : 'basic_text', weak: true };
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
      observer.available();
      return ok({ plainText: result, shouldReEncrypt });
    } catch (error) {
      if (!isTemporary(error)) return fail(unreadable);
      observer.unavailable();
      return fail(keyringUnavailable());
    }
  };

  return { status, encrypt, decrypt };
}
