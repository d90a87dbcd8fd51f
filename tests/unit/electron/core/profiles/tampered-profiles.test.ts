// profiles.json edited outside the app (by another process, or a synced data folder): a profile that breaks the form's
// rules is damaged and never used, and a saved secret or token goes only to the server and identity it was sealed for.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../../../shared/profile';
import type { FetchLike } from '../../../../../electron/core/tokens/token-client';
import type { FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createFakeSafeStorage, type FakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import type { TestCore } from '../../../../fixtures/test-core';
import { DEMO_SECRET, copyToken, createProfile, errorOf, fetchToken, listProfiles, profileInput, profileView, valueOf } from '../core-test-kit';
import { readStoredTokens, writeStoredToken } from '../stored-tokens';
import { exportProfiles, importFile, passwordInput, readStore, updateProfile, useVaultWorld, writeStore } from '../vault-kit';

const world = useVaultWorld();
const SERVER_CHANGED = 'The base URL or sign-in changed outside the app; enter the secret again.';

type Records = Record<string, unknown>[];

interface Tampered {
  readonly butlr: FakeButlrServer;
  /** Where the edited profile now points: a server the rules allow, ready to record whatever it is sent. */
  readonly collector: FakeButlrServer;
  readonly dataDir: string;
  readonly safeStorage: FakeSafeStorage;
  readonly client: ProfileView;
  readonly person: ProfileView;
  /** The token each profile held before the edit. */
  readonly heldTokens: readonly string[];
}

/** Two profiles (one of each kind) holding tokens from `butlr`; then `edit` rewrites profiles.json between two runs. */
async function tamper(edit: (profiles: Records, setup: { collector: FakeButlrServer }) => void): Promise<Tampered & { test: TestCore }> {
  const butlr = await world.server();
  const collector = await world.server({ clients: { 'demo-client': DEMO_SECRET, 'other-client': DEMO_SECRET }, users: { 'admin@example.com': 'demo-password' } });
  const dataDir = await world.folder();
  const safeStorage = createFakeSafeStorage();
  const first = world.core({ dataDir, safeStorage });
  const client = await createProfile(first, profileInput(butlr.url));
  const person = await createProfile(first, passwordInput(butlr.url));
  for (const { id } of [client, person]) valueOf(await fetchToken(first, id));
  first.core.dispose();
  const file = await readStore<{ profiles: Records }>(dataDir, 'profiles');
  edit(file.profiles, { collector });
  await writeStore(dataDir, 'profiles', file);
  return { butlr, collector, dataDir, safeStorage, client, person, heldTokens: [...butlr.issuedTokens], test: world.core({ dataDir, safeStorage }) };
}

const storedTokenIds = async (test: TestCore, dataDir: string): Promise<string[]> => {
  test.core.flushPendingWrites();
  return Object.keys(await readStoredTokens(dataDir));
};

describe('a base URL edited to one the form refuses', () => {
  const toPlainHttp = (profiles: Records): void => {
    profiles[0]!.baseUrl = 'http://collector.example';
  };

  it('lists the profile as damaged, with the form’s reason and what to do', async () => {
    const { test, client, person } = await tamper(toPlainHttp);
    const views = await listProfiles(test);
    const damage = views.find((view) => view.id === client.id)?.damage;
    expect(damage).toMatchObject({ code: 'profile_damaged', field: 'baseUrl' });
    expect(damage?.message).toBe(
      'The base URL in profiles.json was changed outside the app, so this profile is not used. Use an https:// address; plain http is only allowed for this computer (localhost). Edit the profile to correct it.',
    );
    expect(views.find((view) => view.id === person.id)?.damage).toBeNull();
  });

  it('never signs it in nor copies the token it held, and sends nothing anywhere', async () => {
    const requested: string[] = [];
    const fetch: FetchLike = (url) => (requested.push(url), Promise.reject(new Error('no request expected')));
    const { dataDir, safeStorage, client } = await tamper(toPlainHttp);
    const test = world.core({ dataDir, safeStorage, fetch });
    errorOf(await fetchToken(test, client.id), 'profile_damaged');
    errorOf(await copyToken(test, client.id), 'profile_damaged');
    expect(requested).toEqual([]);
    expect(test.clipboard).toEqual([]);
  });

  it('works again once the profile is edited back to a server the rules allow, with the secret entered again', async () => {
    const { test, butlr, client } = await tamper(toPlainHttp);
    const fixed = valueOf<ProfileView>(await updateProfile(test, client.id, { baseUrl: butlr.url, secret: DEMO_SECRET }));
    expect(fixed).toMatchObject({ baseUrl: butlr.url, damage: null, secret: 'set' });
    valueOf(await copyToken(test, client.id));
    expect(test.clipboard).toEqual([butlr.issuedTokens.at(-1)]);
  });

  it('is damaged too when the URL is allowed but not written as the app writes it', async () => {
    const { test, butlr, client } = await tamper((profiles) => {
      profiles[0]!.baseUrl = `${String(profiles[0]!.baseUrl)}/`;
    });
    expect((await profileView(test, client.id)).damage?.message).toContain(`It should read ${butlr.url}.`);
  });
});

describe('a base URL edited to another server the rules allow', () => {
  const toCollector = (profiles: Records, { collector }: { collector: FakeButlrServer }): void => {
    for (const profile of profiles) profile.baseUrl = collector.url;
  };

  it('reads “server changed” for both profiles, and sends neither secret there nor anywhere else', async () => {
    const { test, butlr, collector, client, person } = await tamper(toCollector);
    expect((await listProfiles(test)).map((view) => [view.secret, view.damage])).toEqual([
      ['server_changed', null],
      ['server_changed', null],
    ]);
    for (const { id, name } of [client, person]) {
      expect(errorOf(await fetchToken(test, id), 'server_changed').message).toBe(`“${name}”: ${SERVER_CHANGED}`);
      expect(errorOf(await copyToken(test, id), 'server_changed').message).toBe(`“${name}”: ${SERVER_CHANGED}`);
    }
    expect(collector.requests).toEqual([]);
    expect(butlr.requests).toHaveLength(2);
  });

  it('drops the tokens issued for the old server instead of copying them', async () => {
    const { test, dataDir, client, person, heldTokens } = await tamper(toCollector);
    for (const { id } of [client, person]) errorOf(await copyToken(test, id), 'server_changed');
    for (const token of heldTokens) expect(test.clipboard).not.toContain(token);
    expect(await storedTokenIds(test, dataDir)).toEqual([]);
  });

  it('works at the new server once the secret is entered again there', async () => {
    const { test, collector, client } = await tamper(toCollector);
    expect(valueOf<ProfileView>(await updateProfile(test, client.id, { secret: DEMO_SECRET })).secret).toBe('set');
    valueOf(await copyToken(test, client.id));
    expect(collector.requests.map((request) => request.body)).toEqual([expect.objectContaining({ client_id: 'demo-client', client_secret: DEMO_SECRET })]);
  });

  it('leaves a sealed export without the secret, as for an unreadable one', async () => {
    const { test } = await tamper((profiles, setup) => {
      profiles[0]!.baseUrl = setup.collector.url;
    });
    const file = join(await world.folder(), 'vault.json');
    expect(await exportProfiles(test, file, 'correct horse battery staple')).toEqual({ savedTo: file, count: 2 });
    const elsewhere = world.core({ dataDir: await world.folder() });
    expect(await importFile(elsewhere, file, 'correct horse battery staple')).toMatchObject({ added: 2, withoutSecret: 1, toConfirm: 0 });
  });
});

describe.each([
  ['audience', 0, { audience: 'https://butlrauth/other' }],
  ['client ID', 0, { clientId: 'other-client' }],
  ['username', 1, { username: 'someone-else@example.com' }],
])('the %s edited outside the app', (_field, index, change) => {
  it('reads “server changed”: the secret and token were sealed for the identity as it was', async () => {
    const { test, butlr, collector, dataDir, client, person, heldTokens } = await tamper((profiles) => Object.assign(profiles[index]!, change));
    const { id } = [client, person][index]!;
    expect((await profileView(test, id)).secret).toBe('server_changed');
    errorOf(await copyToken(test, id), 'server_changed');
    expect(test.clipboard).not.toContain(heldTokens[index]);
    expect(await storedTokenIds(test, dataDir)).toEqual([[client, person][1 - index]!.id]);
    expect([butlr.requests.length, collector.requests.length]).toEqual([2, 0]);
  });
});

describe('values moved between profiles in the file', () => {
  it('refuses a secret copied from another profile’s record, and does not copy a token copied from one', async () => {
    const butlr = await world.server({ clients: { 'demo-client': DEMO_SECRET, 'second-client': 'second-secret' } });
    const dataDir = await world.folder();
    const safeStorage = createFakeSafeStorage();
    const first = world.core({ dataDir, safeStorage });
    const one = await createProfile(first, profileInput(butlr.url, { name: 'One' }));
    const two = await createProfile(first, profileInput(butlr.url, { name: 'Two', clientId: 'second-client', clientSecret: 'second-secret' }));
    for (const { id } of [one, two]) valueOf(await fetchToken(first, id));
    first.core.dispose();
    const profiles = await readStore<{ profiles: Records }>(dataDir, 'profiles');
    profiles.profiles[1]!.encryptedSecret = profiles.profiles[0]!.encryptedSecret;
    await writeStore(dataDir, 'profiles', profiles);
    await writeStoredToken(dataDir, two.id, (await readStoredTokens(dataDir))[one.id]!);

    const test = world.core({ dataDir, safeStorage });
    expect((await listProfiles(test)).map((view) => view.secret)).toEqual(['set', 'server_changed']);
    errorOf(await copyToken(test, two.id), 'server_changed');
    expect(test.clipboard).toEqual([]);
    expect(butlr.requests).toHaveLength(2);
  });
});
