// Linux without a keyring (safeStorage's basic_text backend): no secret or token is saved until the person agrees, and the status says so.
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { ProfileView } from '../../../../../shared/profile';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import type { TestCore } from '../../../../fixtures/test-core';
import { DEMO_SECRET, copyToken, createProfile, errorOf, fetchToken, listProfiles, profileInput, profileView, valueOf } from '../core-test-kit';
import { readStoredTokens } from '../stored-tokens';
import { finishImport, passwordInput, readStore, startImport, updateProfile, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

async function keyringless(): Promise<{ test: TestCore; dataDir: string }> {
  const safeStorage = createFakeSafeStorage();
  safeStorage.backend = 'basic_text';
  const dataDir = await world.folder();
  return { test: world.core({ dataDir, safeStorage }), dataDir };
}

const allowWeak = (test: TestCore, allowed: boolean): Promise<unknown> => test.invoke(ipcChannels.updateSettings, { allowWeakEncryption: allowed });
const storedProfiles = async (dataDir: string): Promise<unknown[]> => (await readStore<{ profiles: unknown[] }>(dataDir, 'profiles')).profiles;
/** The profile ids the tokens folder holds a token for, once every pending write is done. */
const storedTokenIds = async (test: TestCore, dataDir: string): Promise<string[]> => {
  test.core.flushPendingWrites();
  return Object.keys(await readStoredTokens(dataDir));
};
const KEPT_IN_MEMORY = /^The token works, but it is kept in memory only and will be gone after a restart: without a keyring, tokens are saved only once you agree/;

describe('without a keyring', () => {
  it('reports the encryption as weak', async () => {
    const { test } = await keyringless();
    expect(valueOf(await test.invoke(ipcChannels.getEncryptionStatus))).toEqual({ available: true, backend: 'basic_text', weak: true });
  });

  it('warns and asks the same when a keyring is named but the async encryptor fell back to Chromium’s fixed key', async () => {
    // GNOME with no or a locked keyring: getSelectedStorageBackend() says gnome_libsecret, the ciphertext's tag says v10.
    const safeStorage = createFakeSafeStorage();
    safeStorage.keyTag = 'v10';
    const dataDir = await world.folder();
    const test = world.core({ dataDir, safeStorage });
    expect(valueOf(await test.invoke(ipcChannels.getEncryptionStatus))).toEqual({ available: true, backend: 'basic_text', weak: true });
    errorOf(await test.invoke(ipcChannels.createProfile, profileInput('https://api.butlr.io')), 'weak_encryption');
    expect(await storedProfiles(dataDir)).toEqual([]);
  });

  it.each([
    ['client-credentials', profileInput('https://api.butlr.io'), 'clientSecret'],
    ['password', passwordInput('https://api.butlr.io'), 'password'],
  ] as const)('refuses to save a %s profile until the person agrees, saving nothing', async (_kind, input, field) => {
    const { test, dataDir } = await keyringless();
    const error = errorOf(await test.invoke(ipcChannels.createProfile, input), 'weak_encryption');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/only be obfuscated/);
    expect(error.message).toMatch(/keyring/);
    expect(await listProfiles(test)).toEqual([]);
    expect(await storedProfiles(dataDir)).toEqual([]);
    expect(test.events).toEqual([]);
  });

  it('saves once the person agreed, keeps that choice across a restart, and still reports the encryption as weak', async () => {
    const butlr = await world.server();
    const { test, dataDir } = await keyringless();
    valueOf(await allowWeak(test, true));
    const created = await createProfile(test, profileInput(butlr.url));
    expect(created.secret).toBe('set');
    valueOf(await copyToken(test, created.id));
    expect(valueOf(await test.invoke(ipcChannels.getEncryptionStatus))).toMatchObject({ weak: true });
    test.core.dispose();

    const restarted = world.core({ dataDir, safeStorage: test.safeStorage });
    await createProfile(restarted, passwordInput(butlr.url));
    expect(await listProfiles(restarted)).toHaveLength(2);
  });

  it('refuses again once the consent is withdrawn', async () => {
    const { test } = await keyringless();
    valueOf(await allowWeak(test, true));
    await createProfile(test, profileInput('https://api.butlr.io', { name: 'Agreed' }));
    valueOf(await allowWeak(test, false));
    errorOf(await test.invoke(ipcChannels.createProfile, profileInput('https://api.butlr.io', { name: 'Not agreed' })), 'weak_encryption');
    expect((await listProfiles(test)).map((profile) => profile.name)).toEqual(['Agreed']);
  });

  it('refuses a new secret for an existing profile, keeping the one it has', async () => {
    const butlr = await world.server();
    const dataDir = await world.folder();
    const test = world.core({ dataDir });
    const created = await createProfile(test, profileInput(butlr.url));
    // The keyring goes away (e.g. a session without GNOME Keyring); the saved secret still decrypts.
    test.safeStorage.backend = 'basic_text';
    const error = errorOf(await updateProfile(test, created.id, { secret: 'another-secret' }), 'weak_encryption');
    expect(error.field).toBe('secret');
    expect(await profileView(test, created.id)).toEqual(created);
    valueOf(await copyToken(test, created.id));
    expect(butlr.requests.at(-1)?.body).toMatchObject({ client_secret: DEMO_SECRET });
  });

  it('refuses to import secrets until the person agrees, importing nothing', async () => {
    const { test } = await keyringless();
    const envFile = join(await world.folder(), 'staging.env');
    await writeFile(envFile, 'BUTLR_CLIENT_ID=demo-client\nBUTLR_CLIENT_SECRET=demo-secret\n');
    const preview = await startImport(test, envFile);
    const error = errorOf(await finishImport(test, preview.importId), 'weak_encryption');
    // Checked before anything is written: the import stays open and unchanged, so agreeing and retrying just works.
    expect(error.message).toMatch(/^No keyring is available/);
    expect(await listProfiles(test)).toEqual([]);

    valueOf(await allowWeak(test, true));
    valueOf(await finishImport(test, preview.importId));
    expect(valueOf<ProfileView[]>(await test.invoke(ipcChannels.listProfiles)).map((profile) => [profile.name, profile.secret])).toEqual([['staging', 'set']]);
  });

  describe('tokens', () => {
    /** A profile saved with consent, which is then withdrawn: its secret stays, but nothing new may be written. */
    async function consentWithdrawn(): Promise<{ test: TestCore; dataDir: string; id: string; butlr: Awaited<ReturnType<typeof world.server>> }> {
      const butlr = await world.server();
      const { test, dataDir } = await keyringless();
      valueOf(await allowWeak(test, true));
      const { id } = await createProfile(test, profileInput(butlr.url));
      valueOf(await allowWeak(test, false));
      return { test, dataDir, id, butlr };
    }

    it('without consent, keeps a fetched token in memory only: it copies, but no token file ever holds it', async () => {
      const { test, dataDir, id, butlr } = await consentWithdrawn();
      valueOf(await fetchToken(test, id));
      expect(await storedTokenIds(test, dataDir)).toEqual([]);
      expect(valueOf<{ renewed: boolean }>(await copyToken(test, id)).renewed).toBe(false);
      expect(test.clipboard).toEqual([butlr.issuedTokens[0]]);
      expect(await storedTokenIds(test, dataDir)).toEqual([]);
    });

    it('says on the row that such a token will not survive a restart, and it does not', async () => {
      const { test, dataDir, id } = await consentWithdrawn();
      valueOf(await fetchToken(test, id));
      const { token } = await profileView(test, id);
      expect(token).toMatchObject({ state: 'issued', saveError: { code: 'weak_encryption', message: expect.stringMatching(KEPT_IN_MEMORY) } });
      test.core.dispose();
      const restarted = world.core({ dataDir, safeStorage: test.safeStorage });
      expect((await profileView(restarted, id)).token).toEqual({ state: 'none' });
    });

    it('takes a token saved while there was consent off the disk once a token fetched without it replaces it', async () => {
      const butlr = await world.server();
      const { test, dataDir } = await keyringless();
      valueOf(await allowWeak(test, true));
      const { id } = await createProfile(test, profileInput(butlr.url));
      valueOf(await fetchToken(test, id));
      expect(await storedTokenIds(test, dataDir)).toEqual([id]);
      valueOf(await allowWeak(test, false));
      valueOf(await fetchToken(test, id));
      expect(await storedTokenIds(test, dataDir)).toEqual([]);
    });

    it('with consent, saves the token as before, with nothing on the row', async () => {
      const butlr = await world.server();
      const { test, dataDir } = await keyringless();
      valueOf(await allowWeak(test, true));
      const { id } = await createProfile(test, profileInput(butlr.url));
      valueOf(await fetchToken(test, id));
      expect(await storedTokenIds(test, dataDir)).toEqual([id]);
      expect((await profileView(test, id)).token).not.toHaveProperty('saveError');
    });

    it('with a real keyring, saves tokens whatever the consent setting says', async () => {
      const butlr = await world.server();
      const dataDir = await world.folder();
      const test = world.core({ dataDir });
      const { id } = await createProfile(test, profileInput(butlr.url));
      valueOf(await fetchToken(test, id));
      expect(await storedTokenIds(test, dataDir)).toEqual([id]);
    });
  });
});
