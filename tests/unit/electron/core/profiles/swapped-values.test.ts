// Sealed values moved around the data folder by someone who can edit files but not use the keyring: a value sealed since
// values were bound, marked as if the migration had left it; one field's value put in another's (a secret as a token, a
// token as a secret); and values an existing install sealed before purposes, which get theirs at their first use.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import { openChannel } from '../../../../../electron/core/cli-channel/channel-client';
import { markUnbound } from '../../../../../electron/core/security/bound-value';
import { testLocation, TEST_CALLER, TEST_SESSION } from '../../../../fixtures/cli-channel-kit';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { PROFILES_V3_PATH, TOKENS_V2_PATH, VAULT_V3_KEY, VAULT_V3_PROFILES, VAULT_V3_UNBOUND_TOKEN_ID } from '../../../../fixtures/data/vault-v3-fixture';
import type { TestCore } from '../../../../fixtures/test-core';
import { DEMO_SECRET, copyToken, createProfile, errorOf, fetchToken, listProfiles, profileInput, valueOf } from '../core-test-kit';
import { openEnvelope } from '../sealed-values';
import { readStoredTokens, writeStoredToken } from '../stored-tokens';
import { NOW, passwordInput, readStore, useVaultWorld, writeStore } from '../vault-kit';

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

/** An access token as butlr-cred asks for one, with the person allowing it in the consent dialog. */
async function tokenOverCli(test: TestCore, dataDir: string, profile: string): Promise<unknown> {
  test.dialogs.answerScriptAccess = () => 'until_quit';
  expect(await test.core.listenForCli(testLocation(dataDir))).toMatchObject({ state: 'listening' });
  const opened = await openChannel(testLocation(dataDir));
  if (!opened.ok) throw new Error(opened.error.detail);
  try {
    valueOf(await opened.value.request('hello', { session: TEST_SESSION, caller: TEST_CALLER }));
    return await opened.value.request('token.get', { profile, minValiditySeconds: 60 });
  } finally {
    opened.value.close();
    await test.core.quit();
  }
}

describe('a profile’s sealed secret copied into its token file as the access token', () => {
  const SECRETS = [DEMO_SECRET, 'demo-password'];

  async function secretsAsTokens() {
    const world = await twoProfiles();
    const records = (await readStore<{ profiles: Records }>(world.dataDir, 'profiles')).profiles;
    const tokens = await readStoredTokens(world.dataDir);
    for (const [index, { id }] of world.profiles.entries()) {
      await writeStoredToken(world.dataDir, id, { ...tokens[id]!, encryptedAccessToken: String(records[index]!.encryptedSecret), expiresAt: NOW + 86_400_000 });
    }
    return world;
  }

  it('is never copied: the token does not open, and Copy signs in for a fresh one', async () => {
    const { butlr, dataDir, safeStorage, profiles } = await secretsAsTokens();
    const test = world.core({ dataDir, safeStorage });
    for (const { id } of profiles) valueOf(await copyToken(test, id));
    for (const secret of SECRETS) expect(test.clipboard).not.toContain(secret);
    expect(test.clipboard).toEqual(butlr.issuedTokens.slice(2));
  });

  it('is never shown: Reveal finds no token', async () => {
    const { dataDir, safeStorage, profiles } = await secretsAsTokens();
    const test = world.core({ dataDir, safeStorage });
    for (const { id } of profiles) errorOf(await test.invoke(ipcChannels.revealToken, { id }), 'not_found');
    expect(test.dialogs.shownTokens).toEqual([]);
  });

  it('is never handed to butlr-cred: it gets a fresh token', async () => {
    const { butlr, dataDir, safeStorage, profiles } = await secretsAsTokens();
    const test = world.core({ dataDir, safeStorage });
    const answer = await tokenOverCli(test, dataDir, profiles[0]!.name);
    for (const secret of SECRETS) expect(JSON.stringify(answer)).not.toContain(secret);
    expect(answer).toMatchObject({ ok: true, value: { accessToken: butlr.issuedTokens.at(-1) } });
    expect(butlr.issuedTokens).toHaveLength(3);
  });
});

describe('a held token copied into its profile as the secret', () => {
  it('is refused as “server changed”, and never sent as a secret', async () => {
    const { butlr, dataDir, safeStorage, profiles } = await twoProfiles();
    const tokens = await readStoredTokens(dataDir);
    await editProfiles(dataDir, (records) => {
      for (const [index, record] of records.entries()) record.encryptedSecret = tokens[profiles[index]!.id]!.encryptedAccessToken;
    });
    const test = world.core({ dataDir, safeStorage });
    expect((await listProfiles(test)).map((view) => view.secret)).toEqual(['server_changed', 'server_changed']);
    for (const { id } of profiles) errorOf(await fetchToken(test, id), 'server_changed');
    expect(butlr.requests).toHaveLength(2);
  });
});

describe('values an existing install sealed before purposes (v1 envelopes)', () => {
  it('still open, and are sealed again as v2 with the purpose of where they were found at their first use', async () => {
    const dataDir = await world.folder();
    await copyFile(fileURLToPath(PROFILES_V3_PATH), join(dataDir, 'profiles.json'));
    await copyFile(fileURLToPath(TOKENS_V2_PATH), join(dataDir, 'tokens.json'));
    const safeStorage = createFakeSafeStorage({ key: VAULT_V3_KEY });
    const test = world.core({ dataDir, safeStorage, fetch: () => Promise.reject(new Error('no sign-in expected')) });
    const before = (await readStore<{ profiles: Records }>(dataDir, 'profiles')).profiles.map((record) => String(record.encryptedSecret));
    const [production] = VAULT_V3_PROFILES;
    const tokenBefore = (await readStoredTokens(dataDir))[production!.id]!.encryptedAccessToken;
    expect(await openEnvelope(safeStorage, tokenBefore)).toMatchObject({ v: 1 });

    expect((await listProfiles(test)).map((view) => view.secret)).toEqual(['set', 'set']);
    for (const { id } of VAULT_V3_PROFILES) valueOf(await copyToken(test, id));
    expect(test.clipboard).toEqual(VAULT_V3_PROFILES.map((profile) => profile.accessToken));

    test.core.flushPendingWrites();
    const after = (await readStore<{ profiles: Records }>(dataDir, 'profiles')).profiles.map((record) => String(record.encryptedSecret));
    for (const [index, fixture] of VAULT_V3_PROFILES.entries()) {
      expect(await openEnvelope(safeStorage, before[index]!)).toMatchObject({ v: 1, value: fixture.secret });
      expect(after[index]).not.toBe(before[index]);
      expect(await openEnvelope(safeStorage, after[index]!)).toMatchObject({ v: 2, purpose: 'secret', value: fixture.secret });
    }
    const tokensAfter = await readStoredTokens(dataDir);
    expect(tokensAfter[production!.id]!.encryptedAccessToken).not.toBe(tokenBefore);
    for (const fixture of VAULT_V3_PROFILES) {
      // The Production token was a v1 envelope; the other was still marked by the v1 → v2 migration: both are v2 tokens now.
      expect(await openEnvelope(safeStorage, tokensAfter[fixture.id]!.encryptedAccessToken)).toMatchObject({ v: 2, purpose: 'token', value: fixture.accessToken });
    }
    expect(VAULT_V3_UNBOUND_TOKEN_ID).not.toBe(production!.id);
  });
});
