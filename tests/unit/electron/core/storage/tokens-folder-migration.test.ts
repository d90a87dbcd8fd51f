// tokens.json (v2, and v1 through its migration) moved into tokens/, one file per profile (v3), tested against files the
// app really wrote: tests/fixtures/data/tokens-v2.json with profiles-v3.json, and tokens-v1.json with profiles-v2.json.
import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TOKENS_SCHEMA_VERSION, type StoredToken } from '../../../../../electron/core/tokens/tokens-file';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { PROFILES_V2_PATH, TOKENS_V1_PATH } from '../../../../fixtures/data/vault-v2-fixture';
import { PROFILES_V3_PATH, TOKENS_V2_PATH, VAULT_V3_EXPIRES_AT, VAULT_V3_KEY, VAULT_V3_PROFILES, VAULT_V3_UNBOUND_TOKEN_ID } from '../../../../fixtures/data/vault-v3-fixture';
import { copyToken, listProfiles, valueOf } from '../core-test-kit';
import { openEnvelope } from '../sealed-values';
import { findTraces } from '../secret-traces';
import { readStoredTokens, readTokenFile, writeStoredToken } from '../stored-tokens';
import { NOW, NOW_IN_FILE_NAMES, storageNotices, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();
const fixture = (url: URL): string => fileURLToPath(url);
const noSignIn = () => Promise.reject(new Error('no sign-in expected'));

type Records = Record<string, Record<string, unknown>>;
const fileTokens = async (url: URL): Promise<Records> => (JSON.parse(await readFile(fixture(url), 'utf8')) as { tokens: Records }).tokens;

/** A data folder holding only a checked-in profiles.json and tokens.json, and the keyring they were sealed under. */
async function folderWith(profiles: URL, tokens: URL) {
  const dataDir = await world.folder();
  await copyFile(fixture(profiles), join(dataDir, 'profiles.json'));
  await copyFile(fixture(tokens), join(dataDir, 'tokens.json'));
  return { dataDir, safeStorage: createFakeSafeStorage({ key: VAULT_V3_KEY }) };
}

const tokenNames = async (dataDir: string): Promise<string[]> => (await readdir(dataDir)).filter((name) => name.startsWith('tokens')).sort();

describe('the tokens.json v2 fixture', () => {
  it('holds one token sealed with its identity and one still marked by the v1 → v2 migration, none in clear', async () => {
    const tokens = await fileTokens(TOKENS_V2_PATH);
    expect((JSON.parse(await readFile(fixture(TOKENS_V2_PATH), 'utf8')) as { version: number }).version).toBe(2);
    const [bound, marked] = VAULT_V3_PROFILES.map((profile) => String(tokens[profile.id]?.encryptedAccessToken));
    expect(marked).toMatch(/^unbound:ss1:/);
    expect(await openEnvelope(createFakeSafeStorage({ key: VAULT_V3_KEY }), bound!)).toMatchObject({ v: 1, value: VAULT_V3_PROFILES[0]!.accessToken });
    const values = Object.fromEntries(VAULT_V3_PROFILES.flatMap((profile) => [[`${profile.name} secret`, profile.secret], [`${profile.name} token`, profile.accessToken]]));
    expect(await findTraces([fixture(PROFILES_V3_PATH), fixture(TOKENS_V2_PATH)], values)).toEqual([]);
  });
});

describe('the first start with a tokens.json v2', () => {
  it('moves each token, unchanged, into its own file, keeps tokens.json byte for byte as its backup, and says nothing was lost', async () => {
    const { dataDir, safeStorage } = await folderWith(PROFILES_V3_PATH, TOKENS_V2_PATH);
    const test = world.core({ dataDir, safeStorage, fetch: noSignIn });

    expect(await storageNotices(test)).toEqual([]);
    expect(await readStoredTokens(dataDir)).toEqual(await fileTokens(TOKENS_V2_PATH));
    for (const { id } of VAULT_V3_PROFILES) {
      const file = await readTokenFile(dataDir, id);
      expect(file.mode).toBe(0o600);
      expect(JSON.parse(file.text)).toMatchObject({ version: TOKENS_SCHEMA_VERSION, profileId: id });
    }
    const backup = `tokens.v2-backup-${NOW_IN_FILE_NAMES}.json`;
    expect(await tokenNames(dataDir)).toEqual(['tokens', backup]);
    expect((await readFile(join(dataDir, backup))).equals(await readFile(fixture(TOKENS_V2_PATH)))).toBe(true);
  });

  it('copies both tokens without signing in, binding the marked one on that first use and saving it bound', async () => {
    const { dataDir, safeStorage } = await folderWith(PROFILES_V3_PATH, TOKENS_V2_PATH);
    const test = world.core({ dataDir, safeStorage, fetch: noSignIn });
    expect((await listProfiles(test)).map((profile) => [profile.name, profile.secret, profile.token.state])).toEqual(VAULT_V3_PROFILES.map((profile) => [profile.name, 'set', 'issued']));
    for (const { id } of VAULT_V3_PROFILES) {
      expect(valueOf<{ renewed: boolean; expiresAt: number }>(await copyToken(test, id))).toMatchObject({ renewed: false, expiresAt: VAULT_V3_EXPIRES_AT });
    }
    expect(test.clipboard).toEqual(VAULT_V3_PROFILES.map((profile) => profile.accessToken));
    test.core.flushPendingWrites();
    const rebound = (await readStoredTokens(dataDir))[VAULT_V3_UNBOUND_TOKEN_ID]!.encryptedAccessToken;
    expect(rebound).toMatch(/^ss1:/);
    expect(await openEnvelope(safeStorage, rebound)).toMatchObject({ value: VAULT_V3_PROFILES[1]!.accessToken, binding: { kind: 'password', username: 'admin@example.com' } });
  });

  it('happens once: the next start reads the folder, and moves or backs up nothing', async () => {
    const { dataDir, safeStorage } = await folderWith(PROFILES_V3_PATH, TOKENS_V2_PATH);
    world.core({ dataDir, safeStorage }).core.dispose();
    const before = await tokenNames(dataDir);
    const test = world.core({ dataDir, safeStorage, fetch: noSignIn });
    expect(await storageNotices(test)).toEqual([]);
    expect(await tokenNames(dataDir)).toEqual(before);
    valueOf(await copyToken(test, VAULT_V3_PROFILES[0]!.id));
  });

  it('after a crash halfway through, keeps a token file already written and moves the rest', async () => {
    const { dataDir, safeStorage } = await folderWith(PROFILES_V3_PATH, TOKENS_V2_PATH);
    // The first start wrote one file and died before the second: tokens.json is still there, so the next start moves again.
    const [first, second] = VAULT_V3_PROFILES.map((profile) => profile.id) as [string, string];
    const legacy = await fileTokens(TOKENS_V2_PATH);
    await writeStoredToken(dataDir, first, legacy[first] as StoredToken);
    const test = world.core({ dataDir, safeStorage, fetch: noSignIn });
    expect(await storageNotices(test)).toEqual([]);
    expect(await readStoredTokens(dataDir)).toEqual(legacy);
    expect(existsSync(join(dataDir, 'tokens.json'))).toBe(false);
    for (const id of [first, second]) valueOf(await copyToken(test, id));
  });

  it('lets a token file written by this version win over the same profile’s token in a tokens.json found beside it', async () => {
    const { dataDir, safeStorage } = await folderWith(PROFILES_V3_PATH, TOKENS_V2_PATH);
    const id = VAULT_V3_PROFILES[0]!.id;
    const newer = { encryptedAccessToken: 'ss1:newer', obtainedAt: VAULT_V3_EXPIRES_AT, expiresAt: VAULT_V3_EXPIRES_AT + 3_600_000 };
    await writeStoredToken(dataDir, id, newer);
    world.core({ dataDir, safeStorage }).core.dispose();
    expect((await readStoredTokens(dataDir))[id]).toEqual(newer);
  });

  it('moves no token this start would drop (expired, or of unknown expiry): the backup keeps them', async () => {
    const { dataDir, safeStorage } = await folderWith(PROFILES_V3_PATH, TOKENS_V2_PATH);
    const legacy = await fileTokens(TOKENS_V2_PATH);
    const [first, second] = VAULT_V3_PROFILES.map((profile) => profile.id) as [string, string];
    const file = { version: 2, tokens: { [first]: { ...legacy[first], expiresAt: NOW - 1 }, [second]: { ...legacy[second], expiresAt: null } } };
    await writeFile(join(dataDir, 'tokens.json'), JSON.stringify(file, null, '\t'));
    const test = world.core({ dataDir, safeStorage });
    expect(await storageNotices(test)).toEqual([]);
    expect(await readStoredTokens(dataDir)).toEqual({});
    expect(JSON.parse(await readFile(join(dataDir, `tokens.v2-backup-${NOW_IN_FILE_NAMES}.json`), 'utf8'))).toEqual(file);
  });
});

describe('the first start with a tokens.json v1', () => {
  it('migrates it to v2 on the way (marked, no refresh or id token), keeps only the original as its backup, and says nothing was lost', async () => {
    const { dataDir, safeStorage } = await folderWith(PROFILES_V2_PATH, TOKENS_V1_PATH);
    const test = world.core({ dataDir, safeStorage, fetch: noSignIn });

    expect(await storageNotices(test)).toEqual([]);
    const v1 = await fileTokens(TOKENS_V1_PATH);
    expect(await readStoredTokens(dataDir)).toEqual(
      Object.fromEntries(Object.entries(v1).map(([id, token]) => [id, { encryptedAccessToken: `unbound:${String(token.encryptedAccessToken)}`, obtainedAt: token.obtainedAt, expiresAt: token.expiresAt }])),
    );
    const backup = `tokens.v1-backup-${NOW_IN_FILE_NAMES}.json`;
    expect(await tokenNames(dataDir)).toEqual(['tokens', backup]);
    expect((await readFile(join(dataDir, backup))).equals(await readFile(fixture(TOKENS_V1_PATH)))).toBe(true);
    for (const profile of VAULT_V3_PROFILES) valueOf(await copyToken(test, profile.id));
    expect(test.clipboard).toEqual(VAULT_V3_PROFILES.map((profile) => profile.accessToken));
  });
});
