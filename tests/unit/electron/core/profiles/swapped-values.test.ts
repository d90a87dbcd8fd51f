// Sealed values moved around the data folder by someone who can edit files but not use the keyring: a value sealed since
// values were bound, marked as if the migration had left it, and (one field's value in another's place) a secret as a token.
import { describe, expect, it } from 'vitest';
import { markUnbound } from '../../../../../electron/core/security/bound-value';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { DEMO_SECRET, copyToken, createProfile, errorOf, fetchToken, listProfiles, profileInput, valueOf } from '../core-test-kit';
import { readStoredTokens, writeStoredToken } from '../stored-tokens';
import { passwordInput, readStore, useVaultWorld, writeStore } from '../vault-kit';

const world = useVaultWorld();

type Records = Record<string, unknown>[];

/** One profile of each kind, signed in at `butlr`, and the folder and keyring they live in. */
async function twoProfiles() {
  const butlr = await world.server();
  const dataDir = await world.folder();
  const safeStorage = createFakeSafeStorage();
  const first = world.core({ dataDir, safeStorage });
  const client = await createProfile(first, profileInput(butlr.url));
  const person = await createProfile(first, passwordInput(butlr.url));
  for (const { id } of [client, person]) valueOf(await fetchToken(first, id));
  first.core.dispose();
  return { butlr, dataDir, safeStorage, profiles: [client, person] };
}

async function editProfiles(dataDir: string, edit: (profiles: Records) => void): Promise<void> {
  const file = await readStore<{ profiles: Records }>(dataDir, 'profiles');
  edit(file.profiles);
  await writeStore(dataDir, 'profiles', file);
}

describe('a current secret marked as unmigrated, with the base URL pointed elsewhere', () => {
  it('is not bound to the new server: it reads “server changed”, and the new server receives nothing', async () => {
    const { butlr, dataDir, safeStorage, profiles } = await twoProfiles();
    const collector = await world.server({ clients: { 'demo-client': DEMO_SECRET }, users: { 'admin@example.com': 'demo-password' } });
    await editProfiles(dataDir, (records) => {
      for (const record of records) Object.assign(record, { baseUrl: collector.url, encryptedSecret: markUnbound(String(record.encryptedSecret)) });
    });
    const tokens = await readStoredTokens(dataDir);
    for (const { id } of profiles) await writeStoredToken(dataDir, id, { ...tokens[id]!, encryptedAccessToken: markUnbound(tokens[id]!.encryptedAccessToken) });

    const test = world.core({ dataDir, safeStorage });
    expect((await listProfiles(test)).map((view) => view.secret)).toEqual(['server_changed', 'server_changed']);
    for (const { id } of profiles) {
      errorOf(await fetchToken(test, id), 'server_changed');
      errorOf(await copyToken(test, id), 'server_changed');
    }
    expect(collector.requests).toEqual([]);
    expect(test.clipboard).toEqual([]);
    expect(butlr.requests).toHaveLength(2);
    // Nor was anything bound to it behind the refusal: the stored secrets are still the marked ones.
    test.core.flushPendingWrites();
    const after = await readStore<{ profiles: Records }>(dataDir, 'profiles');
    expect(after.profiles.map((record) => String(record.encryptedSecret).startsWith('unbound:'))).toEqual([true, true]);
  });
});
