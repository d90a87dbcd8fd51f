// profiles.json v2 → v3 and tokens.json v1 → v2 (then into tokens/, v3), tested against files the app really wrote before secrets and tokens were
// sealed with the sign-in identity they belong to (tests/fixtures/data/profiles-v2.json, tokens-v1.json).
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROFILES_SCHEMA_VERSION } from '../../../../../electron/core/profiles/profiles-file';
import type { FetchLike } from '../../../../../electron/core/tokens/token-client';
import { TOKENS_SCHEMA_VERSION } from '../../../../../electron/core/tokens/tokens-file';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { PROFILES_V2_PATH, TOKENS_V1_PATH, VAULT_V2_EXPIRES_AT, VAULT_V2_KEY, VAULT_V2_PROFILES, type V2Profile } from '../../../../fixtures/data/vault-v2-fixture';
import { copyToken, errorOf, fetchToken, listProfiles, valueOf } from '../core-test-kit';
import { decryptStored, openEnvelope } from '../sealed-values';
import { findTraces } from '../secret-traces';
import { readStoredTokens, readTokenFile } from '../stored-tokens';
import { NOW_IN_FILE_NAMES, readStore, storageNotices, useVaultWorld, writeStore } from '../vault-kit';

const world = useVaultWorld();
const profilesPath = fileURLToPath(PROFILES_V2_PATH);
const tokensPath = fileURLToPath(TOKENS_V1_PATH);
const [PRODUCTION, LOCAL] = VAULT_V2_PROFILES as [V2Profile, V2Profile];

type Records = Record<string, unknown>[];
const readProfiles = async (dataDir: string) => readStore<{ version: number; profiles: Records }>(dataDir, 'profiles');
const readTokens = async (dataDir: string) => ({ tokens: (await readStoredTokens(dataDir)) as Record<string, Record<string, unknown>> });
const bindingOf = (profile: V2Profile): Record<string, string> =>
  profile.kind === 'password'
    ? { kind: 'password', baseUrl: profile.baseUrl, username: profile.username }
    : { kind: 'client_credentials', baseUrl: profile.baseUrl, clientId: profile.clientId, audience: profile.audience };

/** A data folder holding only the checked-in pre-binding files, and the keyring they were sealed under. */
async function folderWithV2Vault() {
  const dataDir = await world.folder();
  await copyFile(profilesPath, join(dataDir, 'profiles.json'));
  await copyFile(tokensPath, join(dataDir, 'tokens.json'));
  return { dataDir, safeStorage: createFakeSafeStorage({ key: VAULT_V2_KEY }) };
}

/** Sends each fixture profile's sign-in to the fake server instead of its real-looking base URL, noting where it was meant to go. */
function redirectTo(serverUrl: string): { fetch: FetchLike; requestedUrls: string[] } {
  const requestedUrls: string[] = [];
  return {
    requestedUrls,
    fetch: (url, init) => {
      requestedUrls.push(url);
      const origin = VAULT_V2_PROFILES.map((profile) => profile.baseUrl).find((candidate) => url.startsWith(`${candidate}/`));
      if (origin === undefined) throw new Error(`unexpected sign-in to ${url}`);
      return fetch(serverUrl + url.slice(origin.length), init);
    },
  };
}

describe('the pre-binding fixture', () => {
  it('holds a v2 profiles.json and a v1 tokens.json whose values are sealed bare, with no binding, and none in clear', async () => {
    const profiles = JSON.parse(await readFile(profilesPath, 'utf8')) as { version: number; profiles: { encryptedSecret: string }[] };
    const tokens = JSON.parse(await readFile(tokensPath, 'utf8')) as { version: number; tokens: Record<string, Record<string, string>> };
    expect([profiles.version, tokens.version]).toEqual([2, 1]);
    const safeStorage = createFakeSafeStorage({ key: VAULT_V2_KEY });
    expect(await Promise.all(profiles.profiles.map((record) => decryptStored(safeStorage, record.encryptedSecret)))).toEqual(VAULT_V2_PROFILES.map((profile) => profile.secret));
    expect(await decryptStored(safeStorage, tokens.tokens[LOCAL.id]!.encryptedRefreshToken!)).toBe(LOCAL.kind === 'password' && LOCAL.refreshToken);
    const values = Object.fromEntries(VAULT_V2_PROFILES.flatMap((profile) => [[`${profile.name} secret`, profile.secret], [`${profile.name} token`, profile.accessToken]]));
    expect(await findTraces([profilesPath, tokensPath], values)).toEqual([]);
  });
});

describe('opening a pre-binding data folder', () => {
  it('marks every secret and access token to be bound at first use, drops the refresh and id tokens, and changes nothing else', async () => {
    const { dataDir, safeStorage } = await folderWithV2Vault();
    const before = { profiles: JSON.parse(await readFile(profilesPath, 'utf8')) as { profiles: Records }, tokens: JSON.parse(await readFile(tokensPath, 'utf8')) as { tokens: Record<string, Record<string, unknown>> } };
    world.core({ dataDir, safeStorage });

    const profiles = await readProfiles(dataDir);
    expect(profiles.version).toBe(PROFILES_SCHEMA_VERSION);
    expect(profiles.profiles).toEqual(before.profiles.profiles.map((record) => ({ ...record, encryptedSecret: `unbound:${String(record.encryptedSecret)}` })));
    const tokens = await readTokens(dataDir);
    for (const id of Object.keys(before.tokens.tokens)) expect(JSON.parse((await readTokenFile(dataDir, id)).text)).toMatchObject({ version: TOKENS_SCHEMA_VERSION, profileId: id });
    expect(tokens.tokens).toEqual(
      Object.fromEntries(
        Object.entries(before.tokens.tokens).map(([id, token]) => [id, { encryptedAccessToken: `unbound:${String(token.encryptedAccessToken)}`, obtainedAt: token.obtainedAt, expiresAt: token.expiresAt }]),
      ),
    );
  });

  it('keeps both original files byte for byte as backups, and says nothing was lost', async () => {
    const { dataDir, safeStorage } = await folderWithV2Vault();
    const test = world.core({ dataDir, safeStorage });
    expect((await readFile(join(dataDir, `profiles.v2-backup-${NOW_IN_FILE_NAMES}.json`))).equals(await readFile(profilesPath))).toBe(true);
    expect((await readFile(join(dataDir, `tokens.v1-backup-${NOW_IN_FILE_NAMES}.json`))).equals(await readFile(tokensPath))).toBe(true);
    expect(await storageNotices(test)).toEqual([]);
  });

  it('binds each secret at the first listing to its profile as migrated, and lists it as set', async () => {
    const { dataDir, safeStorage } = await folderWithV2Vault();
    const test = world.core({ dataDir, safeStorage });
    expect((await listProfiles(test)).map((profile) => [profile.name, profile.secret, profile.damage])).toEqual(VAULT_V2_PROFILES.map((profile) => [profile.name, 'set', null]));
    const { profiles } = await readProfiles(dataDir);
    for (const [index, fixture] of VAULT_V2_PROFILES.entries()) {
      const stored = String(profiles[index]?.encryptedSecret);
      expect(stored).toMatch(/^ss1:/);
      expect(await openEnvelope(safeStorage, stored)).toEqual({ v: 2, purpose: 'secret', value: fixture.secret, binding: bindingOf(fixture) });
    }
  });

  it('copies the migrated tokens without signing in, and binds each to its profile on that first use', async () => {
    const { dataDir, safeStorage } = await folderWithV2Vault();
    const test = world.core({ dataDir, safeStorage, fetch: () => Promise.reject(new Error('no sign-in expected')) });
    for (const fixture of VAULT_V2_PROFILES) {
      expect(valueOf<{ renewed: boolean; expiresAt: number }>(await copyToken(test, fixture.id))).toMatchObject({ renewed: false, expiresAt: VAULT_V2_EXPIRES_AT });
    }
    expect(test.clipboard).toEqual(VAULT_V2_PROFILES.map((profile) => profile.accessToken));
    test.core.flushPendingWrites();
    const { tokens } = await readTokens(dataDir);
    for (const fixture of VAULT_V2_PROFILES) {
      expect(await openEnvelope(safeStorage, String(tokens[fixture.id]?.encryptedAccessToken))).toEqual({ v: 2, purpose: 'token', value: fixture.accessToken, binding: bindingOf(fixture) });
    }
  });

  it('signs each profile in at its own server with its migrated secret', async () => {
    const butlr = await world.server({ clients: { 'v2-prod-client': PRODUCTION.secret }, users: { 'admin@example.com': LOCAL.secret } });
    const redirect = redirectTo(butlr.url);
    const { dataDir, safeStorage } = await folderWithV2Vault();
    const test = world.core({ dataDir, safeStorage, fetch: redirect.fetch });
    for (const fixture of VAULT_V2_PROFILES) valueOf(await fetchToken(test, fixture.id));
    expect(redirect.requestedUrls).toEqual([`${PRODUCTION.baseUrl}/api/v2/clients/login`, `${LOCAL.baseUrl}/api/v2/login`]);
    expect(butlr.requests.map((request) => request.body)).toEqual([
      expect.objectContaining({ client_id: 'v2-prod-client', client_secret: PRODUCTION.secret }),
      { username: 'admin@example.com', password: LOCAL.secret },
    ]);
  });
});

describe('after the migration', () => {
  it('sends neither the secret nor the token to a base URL changed outside the app', async () => {
    const { dataDir, safeStorage } = await folderWithV2Vault();
    const first = world.core({ dataDir, safeStorage });
    await listProfiles(first);
    first.core.dispose();
    const file = await readProfiles(dataDir);
    file.profiles[0] = { ...file.profiles[0], baseUrl: 'https://collector.example' };
    await writeStore(dataDir, 'profiles', file);

    const requested: string[] = [];
    const test = world.core({ dataDir, safeStorage, fetch: (url) => (requested.push(url), Promise.reject(new Error('no sign-in expected'))) });
    expect((await listProfiles(test)).map((profile) => profile.secret)).toEqual(['server_changed', 'set']);
    expect(errorOf(await copyToken(test, PRODUCTION.id), 'server_changed').message).toBe(`“${PRODUCTION.name}”: The base URL or sign-in changed outside the app; enter the secret again.`);
    errorOf(await fetchToken(test, PRODUCTION.id), 'server_changed');
    expect(requested).toEqual([]);
    expect(test.clipboard).toEqual([]);
    // The token was issued for the old server: dropped, not copied.
    test.core.flushPendingWrites();
    expect(Object.keys((await readTokens(dataDir)).tokens)).toEqual([LOCAL.id]);
  });

  it('refuses a bare value taken from the pre-migration backup: only the migration marks values to be bound', async () => {
    const { dataDir, safeStorage } = await folderWithV2Vault();
    const first = world.core({ dataDir, safeStorage });
    await listProfiles(first);
    first.core.dispose();
    const backup = JSON.parse(await readFile(join(dataDir, `profiles.v2-backup-${NOW_IN_FILE_NAMES}.json`), 'utf8')) as { profiles: Records };
    const file = await readProfiles(dataDir);
    file.profiles[0] = { ...file.profiles[0], baseUrl: 'https://collector.example', encryptedSecret: backup.profiles[0]?.encryptedSecret };
    await writeStore(dataDir, 'profiles', file);

    const requested: string[] = [];
    const test = world.core({ dataDir, safeStorage, fetch: (url) => (requested.push(url), Promise.reject(new Error('no sign-in expected'))) });
    expect((await listProfiles(test))[0]?.secret).toBe('server_changed');
    errorOf(await fetchToken(test, PRODUCTION.id), 'server_changed');
    expect(requested).toEqual([]);
  });
});
