// profiles.json migrations, tested against a file the app really wrote at an older schema version (tests/fixtures/data/).
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROFILES_SCHEMA_VERSION, storedProfileSchema } from '../../../../../electron/core/profiles/profiles-file';
import type { FetchLike } from '../../../../../electron/core/tokens/token-client';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { PROFILES_V1, PROFILES_V1_KEY, PROFILES_V1_PATH } from '../../../../fixtures/data/profiles-v1-fixture';
import { copyToken, fetchToken, listProfiles, valueOf } from '../core-test-kit';
import { findTraces } from '../secret-traces';
import { NOW_IN_FILE_NAMES, readStore, storageNotices, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();
const fixturePath = fileURLToPath(PROFILES_V1_PATH);

/** Sends each fixture profile's sign-in (to its real-looking base URL) to the fake server instead, noting where it was meant to go. */
function redirectTo(serverUrl: string): { fetch: FetchLike; requestedUrls: string[] } {
  const requestedUrls: string[] = [];
  const origins = new Set(PROFILES_V1.map((profile) => profile.baseUrl));
  return {
    requestedUrls,
    fetch: (url, init) => {
      requestedUrls.push(url);
      const origin = [...origins].find((candidate) => url.startsWith(`${candidate}/`));
      if (origin === undefined) throw new Error(`unexpected sign-in to ${url}`);
      return fetch(serverUrl + url.slice(origin.length), init);
    },
  };
}

/** A data folder holding only the checked-in version-1 profiles.json, as an older app left it. */
async function folderWithV1Profiles(): Promise<string> {
  const dataDir = await world.folder();
  await copyFile(fixturePath, join(dataDir, 'profiles.json'));
  return dataDir;
}

describe('the version-1 fixture', () => {
  it('is a version-1 file of client-credentials records without the later fields, and holds no secret in clear', async () => {
    const file = JSON.parse(await readFile(fixturePath, 'utf8')) as { version: number; profiles: Record<string, unknown>[] };
    expect(file.version).toBe(1);
    expect(file.profiles.map((record) => Object.keys(record))).toEqual(
      PROFILES_V1.map(() => ['id', 'kind', 'name', 'baseUrl', 'clientId', 'audience', 'createdAt', 'encryptedSecret']),
    );
    expect(await findTraces([fixturePath], Object.fromEntries(PROFILES_V1.map((profile) => [profile.name, profile.secret])))).toEqual([]);
  });
});

describe('migrating profiles.json from version 1', () => {
  it('writes the current version with the new fields defaulted, the v1 fields untouched and the order kept', async () => {
    const dataDir = await folderWithV1Profiles();
    const v1 = JSON.parse(await readFile(fixturePath, 'utf8')) as { profiles: Record<string, unknown>[] };
    world.core({ dataDir, safeStorage: createFakeSafeStorage({ key: PROFILES_V1_KEY }) });

    const migrated = await readStore<{ version: number; profiles: Record<string, unknown>[] }>(dataDir, 'profiles');
    expect(migrated.version).toBe(PROFILES_SCHEMA_VERSION);
    expect(migrated.profiles).toEqual(
      v1.profiles.map((record, index) =>
        // The secret, sealed before secrets were bound to their server, is marked to be bound at first use (see bound-value.ts).
        expect.objectContaining({ ...record, encryptedSecret: `unbound:${String(record.encryptedSecret)}`, autoRefresh: false, notes: '', tags: [], color: null, order: index, deletedAt: null }),
      ),
    );
    // Every migrated record is a valid record of today's schema, so none of them can be dropped as unreadable later.
    for (const record of migrated.profiles) expect(storedProfileSchema.safeParse(record).success).toBe(true);
  });

  it('keeps the version-1 file, byte for byte, as profiles.v1-backup-<time>.json, and says nothing was lost', async () => {
    const dataDir = await folderWithV1Profiles();
    const test = world.core({ dataDir, safeStorage: createFakeSafeStorage({ key: PROFILES_V1_KEY }) });

    const backup = join(dataDir, `profiles.v1-backup-${NOW_IN_FILE_NAMES}.json`);
    expect((await readFile(backup)).equals(await readFile(fixturePath))).toBe(true);
    // A migration is not damage: nothing was moved aside, so there is nothing to warn about.
    expect(await storageNotices(test)).toEqual([]);
  });

  it('lists the migrated profiles in their old order with their secrets readable', async () => {
    const dataDir = await folderWithV1Profiles();
    const test = world.core({ dataDir, safeStorage: createFakeSafeStorage({ key: PROFILES_V1_KEY }) });

    const listed = await listProfiles(test);
    expect(listed.map(({ id, kind, name, baseUrl, createdAt }) => ({ id, kind, name, baseUrl, createdAt }))).toEqual(
      PROFILES_V1.map(({ id, kind, name, baseUrl, createdAt }) => ({ id, kind, name, baseUrl, createdAt })),
    );
    expect(listed.map((profile) => [profile.secret, profile.autoRefresh, profile.notes, profile.tags, profile.color])).toEqual(
      PROFILES_V1.map(() => ['set', false, '', [], null]),
    );
  });

  it('signs each migrated profile in at its own base URL with its own client ID, audience and secret', async () => {
    const butlr = await world.server({ clients: Object.fromEntries(PROFILES_V1.map((profile) => [profile.clientId, profile.secret])) });
    const redirect = redirectTo(butlr.url);
    const dataDir = await folderWithV1Profiles();
    const test = world.core({ dataDir, safeStorage: createFakeSafeStorage({ key: PROFILES_V1_KEY }), fetch: redirect.fetch });

    for (const profile of PROFILES_V1) {
      valueOf(await fetchToken(test, profile.id));
      valueOf(await copyToken(test, profile.id));
    }
    expect(redirect.requestedUrls).toEqual(PROFILES_V1.map((profile) => `${profile.baseUrl}/api/v2/clients/login`));
    expect(butlr.requests.map((request) => request.body)).toEqual(
      PROFILES_V1.map((profile) => ({ client_id: profile.clientId, client_secret: profile.secret, audience: profile.audience, grant_type: 'client_credentials' })),
    );
    expect(test.clipboard).toEqual(butlr.issuedTokens);
  });

  it('migrates once: the next start neither migrates again nor makes another backup', async () => {
    const dataDir = await folderWithV1Profiles();
    const safeStorage = createFakeSafeStorage({ key: PROFILES_V1_KEY });
    const first = world.core({ dataDir, safeStorage });
    // The first listing binds the migrated secrets; after that the file is settled.
    await listProfiles(first);
    first.core.dispose();
    const afterFirst = await readFile(join(dataDir, 'profiles.json'));

    const restarted = world.core({ dataDir, safeStorage, now: () => Date.UTC(2025, 6, 1) });
    expect(await storageNotices(restarted)).toEqual([]);
    expect((await listProfiles(restarted)).map((profile) => profile.name)).toEqual(PROFILES_V1.map((profile) => profile.name));
    expect((await readFile(join(dataDir, 'profiles.json'))).equals(afterFirst)).toBe(true);
    expect((await readdir(dataDir)).filter((name) => name.includes('backup'))).toEqual([`profiles.v1-backup-${NOW_IN_FILE_NAMES}.json`]);
  });

  it('decrypts only with the key it was made under: on another keyring every migrated secret is unreadable, nothing else breaks', async () => {
    const dataDir = await folderWithV1Profiles();
    const test = world.core({ dataDir, safeStorage: createFakeSafeStorage() });
    expect((await listProfiles(test)).map((profile) => profile.secret)).toEqual(PROFILES_V1.map(() => 'unreadable'));
  });
});
