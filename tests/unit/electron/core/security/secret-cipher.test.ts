import { describe, expect, it } from 'vitest';
import { createSecretCipher, type KeyringObserver, type SafeStorageLike } from '../../../../../electron/core/security/secret-cipher';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';

const SECRET = 'sk_live_4f9a2c7e-very-secret';

/** Unwraps an ok result, failing the test with the error otherwise. */
function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The same stored ciphertext with its last byte changed. */
function flipLastByte(stored: string): string {
  const bytes = Buffer.from(stored.slice('ss1:'.length), 'base64');
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
  return `ss1:${bytes.toString('base64')}`;
}

describe('createSecretCipher', () => {
  it('decrypts what it encrypted', async () => {
    const cipher = createSecretCipher(createFakeSafeStorage(), 'linux');
    const stored = value(await cipher.encrypt(SECRET));
    expect(value(await cipher.decrypt(stored))).toEqual({ plainText: SECRET, shouldReEncrypt: false });
  });

  it('round-trips non-ASCII text and an empty string', async () => {
    const cipher = createSecretCipher(createFakeSafeStorage(), 'linux');
    for (const plainText of ['pässwörd 🔐 秘密', '']) {
      expect(value(await cipher.decrypt(value(await cipher.encrypt(plainText)))).plainText).toBe(plainText);
    }
  });

  it('stores versioned ciphertext that shows the secret neither in clear nor as base64 or hex', async () => {
    const cipher = createSecretCipher(createFakeSafeStorage(), 'linux');
    const stored = value(await cipher.encrypt(SECRET));
    expect(stored.startsWith('ss1:')).toBe(true);
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain(Buffer.from(SECRET).toString('base64').slice(0, 16));
    expect(stored).not.toContain(Buffer.from(SECRET).toString('hex').slice(0, 16));
  });

  it('encrypts the same secret differently each time', async () => {
    const cipher = createSecretCipher(createFakeSafeStorage(), 'linux');
    expect(value(await cipher.encrypt(SECRET))).not.toBe(value(await cipher.encrypt(SECRET)));
  });

  it('refuses to encrypt when safeStorage is unavailable, without throwing or calling it', async () => {
    const safeStorage = createFakeSafeStorage();
    safeStorage.available = false;
    let encryptCalls = 0;
    const counting: SafeStorageLike = {
      ...safeStorage,
      isAsyncEncryptionAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
      encryptStringAsync: (text) => {
        encryptCalls += 1;
        return safeStorage.encryptStringAsync(text);
      },
    };
    const result = await createSecretCipher(counting, 'linux').encrypt(SECRET);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('encryption_unavailable');
    expect(encryptCalls).toBe(0);
  });

  it('turns a throwing encryptStringAsync into encryption_unavailable', async () => {
    const safeStorage: SafeStorageLike = {
      isAsyncEncryptionAvailable: async () => true,
      encryptStringAsync: async () => {
        throw new Error(`keyring locked while encrypting ${SECRET}`);
      },
      decryptStringAsync: async () => ({ result: '', shouldReEncrypt: false }),
    };
    const result = await createSecretCipher(safeStorage, 'linux').encrypt(SECRET);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'encryption_unavailable' }) });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it.each([
    ['has no version prefix', (stored: string) => stored.slice('ss1:'.length)],
    ['has an unknown version prefix', (stored: string) => `ss2:${stored.slice('ss1:'.length)}`],
    ['is empty after the prefix', () => 'ss1:'],
    ['is garbage', () => 'ss1:bm90IGEgY2lwaGVydGV4dCBhdCBhbGw='],
    ['was tampered with', flipLastByte],
  ])('reports secret_unreadable for ciphertext that %s', async (_label, mangle) => {
    const cipher = createSecretCipher(createFakeSafeStorage(), 'linux');
    const stored = value(await cipher.encrypt(SECRET));
    const result = await cipher.decrypt(mangle(stored));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('secret_unreadable');
  });

  it('reports secret_unreadable for ciphertext made under another key', async () => {
    const stored = value(await createSecretCipher(createFakeSafeStorage(), 'linux').encrypt(SECRET));
    const result = await createSecretCipher(createFakeSafeStorage(), 'linux').decrypt(stored);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('secret_unreadable');
    expect(!result.ok && result.error.message).toMatch(/Re-enter it/);
  });

  it('tells a keyring that is not ready yet from a lost secret, and says so to its observer', async () => {
    const safeStorage = createFakeSafeStorage();
    const heard: string[] = [];
    const observer: KeyringObserver = { unavailable: () => void heard.push('unavailable'), available: () => void heard.push('available') };
    const cipher = createSecretCipher(safeStorage, 'linux', observer);
    const stored = value(await cipher.encrypt(SECRET));
    safeStorage.keyringLocked = true;
    const waiting = await cipher.decrypt(stored);
    expect(waiting).toEqual({ ok: false, error: expect.objectContaining({ code: 'keyring_unavailable', message: expect.stringMatching(/^Waiting for the system keyring/) }) });
    expect(JSON.stringify(waiting)).not.toMatch(/Re-enter/);
    safeStorage.keyringLocked = false;
    expect(value(await cipher.decrypt(stored)).plainText).toBe(SECRET);
    // A ciphertext that is simply wrong is no news about the keyring.
    expect(await cipher.decrypt(flipLastByte(stored))).toEqual({ ok: false, error: expect.objectContaining({ code: 'secret_unreadable' }) });
    expect(heard).toEqual(['unavailable', 'available']);
  });

  it('passes on safeStorage asking for a re-encryption', async () => {
    const safeStorage = createFakeSafeStorage();
    const cipher = createSecretCipher(safeStorage, 'linux');
    const stored = value(await cipher.encrypt(SECRET));
    safeStorage.shouldReEncrypt = true;
    expect(value(await cipher.decrypt(stored))).toEqual({ plainText: SECRET, shouldReEncrypt: true });
  });
});

describe('status', () => {
  it('reports the Linux backend and calls basic_text weak', async () => {
    const safeStorage = createFakeSafeStorage();
    safeStorage.backend = 'basic_text';
    expect(await createSecretCipher(safeStorage, 'linux').status()).toEqual({ available: true, backend: 'basic_text', weak: true });
  });

  it('calls a real Linux keyring strong', async () => {
    const safeStorage = createFakeSafeStorage();
    safeStorage.backend = 'kwallet6';
    expect(await createSecretCipher(safeStorage, 'linux').status()).toEqual({ available: true, backend: 'kwallet6', weak: false });
  });

  it('calls a named Linux keyring weak when the async encryptor sealed with Chromium’s fixed key (tag v10)', async () => {
    // GNOME with no or a locked keyring: the sync backend is guessed from the desktop, the async key fell back.
    const safeStorage = createFakeSafeStorage();
    safeStorage.backend = 'gnome_libsecret';
    safeStorage.keyTag = 'v10';
    expect(await createSecretCipher(safeStorage, 'linux').status()).toEqual({ available: true, backend: 'basic_text', weak: true });
  });

  it('calls the encryption strong when the async encryptor sealed with a keyring’s key (tag v11)', async () => {
    const safeStorage = createFakeSafeStorage();
    safeStorage.keyTag = 'v11';
    expect(await createSecretCipher(safeStorage, 'linux').status()).toEqual({ available: true, backend: 'gnome_libsecret', weak: false });
  });

  it('warns while it cannot tell which key seals on Linux, and asks again once it can', async () => {
    const safeStorage = createFakeSafeStorage();
    let probeFails = true;
    const flaky: SafeStorageLike = {
      ...safeStorage,
      encryptStringAsync: async (text) => {
        if (probeFails) throw new Error('safeStorage.encryptStringAsync is temporarily unavailable. Please try again.');
        return safeStorage.encryptStringAsync(text);
      },
    };
    const cipher = createSecretCipher(flaky, 'linux');
    expect(await cipher.status()).toEqual({ available: true, backend: 'unknown', weak: true });
    probeFails = false;
    expect(await cipher.status()).toEqual({ available: true, backend: 'gnome_libsecret', weak: false });
  });

  it('asks the encryptor which key it uses once per run', async () => {
    const safeStorage = createFakeSafeStorage();
    let encrypts = 0;
    const counting: SafeStorageLike = {
      ...safeStorage,
      encryptStringAsync: (text) => {
        encrypts += 1;
        return safeStorage.encryptStringAsync(text);
      },
    };
    const cipher = createSecretCipher(counting, 'linux');
    await cipher.status();
    await cipher.status();
    expect(encrypts).toBe(1);
  });

  it('reports unavailable encryption', async () => {
    const safeStorage = createFakeSafeStorage();
    safeStorage.available = false;
    expect((await createSecretCipher(safeStorage, 'linux').status()).available).toBe(false);
  });

  it('names the OS keystore on macOS and Windows, whatever the Linux backend call says', async () => {
    const safeStorage = createFakeSafeStorage();
    safeStorage.backend = 'basic_text';
    expect(await createSecretCipher(safeStorage, 'darwin').status()).toEqual({ available: true, backend: 'keychain', weak: false });
    expect(await createSecretCipher(safeStorage, 'win32').status()).toEqual({ available: true, backend: 'dpapi', weak: false });
  });

  it('reports an unknown backend when Linux safeStorage cannot name one', async () => {
    const { getSelectedStorageBackend: _omit, ...withoutBackend } = createFakeSafeStorage();
    expect(await createSecretCipher(withoutBackend, 'linux').status()).toEqual({ available: true, backend: 'unknown', weak: false });
  });
});
