// A secret safeStorage cannot decrypt degrades only its own profile: it reads "unreadable, re-enter it"; the others keep working.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../../../shared/profile';
import { createFakeSafeStorage, type FakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import type { FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { copyToken, createProfile, errorOf, fetchToken, listProfiles, profileInput, valueOf } from '../core-test-kit';
import { readStoredTokens, writeStoredToken } from '../stored-tokens';
import { exportProfiles, importFile, passwordInput, readStore, storageNotices, updateProfile, useVaultWorld, writeStore } from '../vault-kit';

const world = useVaultWorld();

/** Valid base64 after our version prefix, but not ciphertext of this (or any) key. */
const GARBAGE_CIPHERTEXT = `ss1:${'A'.repeat(64)}`;

interface Damaged {
  readonly butlr: FakeButlrServer;
  readonly dataDir: string;
  readonly safeStorage: FakeSafeStorage;
  readonly ids: { readonly alpha: string; readonly bravo: string; readonly charlie: string };
}

/** Three profiles saved by a previous run; then Bravo's stored secret is replaced with `ciphertext` before the next start. */
async function damageOneSecret(ciphertext: string): Promise<Damaged> {
  const butlr = await world.server();
  const dataDir = await world.folder();
  const safeStorage = createFakeSafeStorage();
  const first = world.core({ dataDir, safeStorage });
  const alpha = await createProfile(first, profileInput(butlr.url, { name: 'Alpha' }));
  const bravo = await createProfile(first, passwordInput(butlr.url, { name: 'Bravo' }));
  const charlie = await createProfile(first, profileInput(butlr.url, { name: 'Charlie' }));
  first.core.dispose();
  const file = await readStore<{ profiles: { id: string; encryptedSecret: string }[] }>(dataDir, 'profiles');
  for (const profile of file.profiles) if (profile.id === bravo.id) profile.encryptedSecret = ciphertext;
  await writeStore(dataDir, 'profiles', file);
  return { butlr, dataDir, safeStorage, ids: { alpha: alpha.id, bravo: bravo.id, charlie: charlie.id } };
}

describe.each([
  ['garbage ciphertext', GARBAGE_CIPHERTEXT],
  ['ciphertext without our version prefix', 'djEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
  ['ciphertext made under another keyring', 'OTHER_KEYRING'],
])('a profile whose stored secret is %s', (_what, ciphertext) => {
  async function start(): Promise<Damaged & { test: ReturnType<typeof world.core> }> {
    let stored = ciphertext;
    if (ciphertext === 'OTHER_KEYRING') {
      const other = createFakeSafeStorage();
      stored = `ss1:${(await other.encryptStringAsync('demo-password')).toString('base64')}`;
    }
    const damaged = await damageOneSecret(stored);
    return { ...damaged, test: world.core({ dataDir: damaged.dataDir, safeStorage: damaged.safeStorage }) };
  }

  it('is listed as unreadable while the others are set, and the file is not treated as damaged', async () => {
    const { test } = await start();
    expect((await listProfiles(test)).map((profile) => [profile.name, profile.secret])).toEqual([
      ['Alpha', 'set'],
      ['Bravo', 'unreadable'],
      ['Charlie', 'set'],
    ]);
    expect(await storageNotices(test)).toEqual([]);
  });

  it('refuses to sign in with it, saying to re-enter it, without contacting Butlr', async () => {
    const { test, butlr, ids } = await start();
    const error = errorOf(await fetchToken(test, ids.bravo), 'secret_unreadable');
    expect(error.message).toMatch(/could not be decrypted.*Re-enter it\./);
    errorOf(await copyToken(test, ids.bravo), 'secret_unreadable');
    expect(test.clipboard).toEqual([]);
    expect(butlr.requests).toEqual([]);
  });

  it('leaves the other profiles fetching and copying tokens', async () => {
    const { test, butlr, ids } = await start();
    errorOf(await fetchToken(test, ids.bravo), 'secret_unreadable');
    for (const id of [ids.alpha, ids.charlie]) {
      valueOf(await fetchToken(test, id));
      valueOf(await copyToken(test, id));
    }
    expect(test.clipboard).toHaveLength(2);
    expect(butlr.requests.map((request) => request.path)).toEqual(['/api/v2/clients/login', '/api/v2/clients/login']);
  });

  it('works again once the secret is re-entered', async () => {
    const { test, ids, butlr } = await start();
    expect(valueOf<ProfileView>(await updateProfile(test, ids.bravo, { secret: 'demo-password' })).secret).toBe('set');
    valueOf(await copyToken(test, ids.bravo));
    expect(butlr.requests).toEqual([{ path: '/api/v2/login', body: { username: 'admin@example.com', password: 'demo-password' } }]);
  });
});

describe('an export from a vault with an unreadable secret', () => {
  it('carries the readable secrets, and the unreadable profile without one', async () => {
    const { dataDir, safeStorage, butlr } = await damageOneSecret(GARBAGE_CIPHERTEXT);
    const test = world.core({ dataDir, safeStorage });
    const file = join(await world.folder(), 'vault.json');
    expect(await exportProfiles(test, file, 'correct horse battery staple')).toEqual({ savedTo: file, count: 3 });

    const elsewhere = world.core({ dataDir: await world.folder() });
    expect(await importFile(elsewhere, file, 'correct horse battery staple')).toEqual({ added: 3, replaced: 0, skipped: 0, withoutSecret: 1, toConfirm: 0 });
    expect((await listProfiles(elsewhere)).map((profile) => [profile.name, profile.secret])).toEqual([
      ['Alpha', 'set'],
      ['Bravo', 'missing'],
      ['Charlie', 'set'],
    ]);
    expect(butlr.requests).toEqual([]);
  });
});

describe('a held token that no longer decrypts', () => {
  it('costs only that token: the next copy signs in again', async () => {
    const butlr = await world.server();
    const dataDir = await world.folder();
    const safeStorage = createFakeSafeStorage();
    const first = world.core({ dataDir, safeStorage });
    const { id } = await createProfile(first, profileInput(butlr.url));
    valueOf(await copyToken(first, id));
    first.core.dispose();
    await writeStoredToken(dataDir, id, { ...(await readStoredTokens(dataDir))[id]!, encryptedAccessToken: GARBAGE_CIPHERTEXT });

    const test = world.core({ dataDir, safeStorage });
    expect(valueOf<{ renewed: boolean }>(await copyToken(test, id)).renewed).toBe(true);
    expect(test.clipboard).toEqual([butlr.issuedTokens.at(-1)]);
    expect(butlr.requests).toHaveLength(2);
  });
});
