// The bound-secret rule through the real core: a saved secret only ever goes to the server and audience it was entered for.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../../../shared/profile';
import type { FetchLike } from '../../../../../electron/core/tokens/token-client';
import type { FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import type { TestCore } from '../../../../fixtures/test-core';
import { DEMO_SECRET, copyToken, createProfile, deferred, errorOf, fetchToken, profileInput, profileView, valueOf } from '../core-test-kit';
import { readStoredTokens } from '../stored-tokens';
import { passwordInput, readStore, updateProfile, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

interface Setup {
  readonly test: TestCore;
  readonly dataDir: string;
  readonly butlr: FakeButlrServer;
  /** A second Butlr, the "new" server a profile is pointed at. */
  readonly other: FakeButlrServer;
  readonly client: ProfileView;
  readonly person: ProfileView;
}

const NEW_SECRET = 'a-new-secret-for-the-new-server';
const NEW_PASSWORD = 'a new password for the new server';

/** One profile of each kind, each holding a token from `butlr`. */
async function setUp(fetch?: FetchLike): Promise<Setup> {
  const butlr = await world.server({ clients: { 'demo-client': DEMO_SECRET, 'second-client': DEMO_SECRET } });
  const other = await world.server({ clients: { 'demo-client': NEW_SECRET }, users: { 'admin@example.com': NEW_PASSWORD } });
  const dataDir = await world.folder();
  const test = world.core({ dataDir, ...(fetch ? { fetch } : {}) });
  const client = await createProfile(test, profileInput(butlr.url));
  const person = await createProfile(test, passwordInput(butlr.url));
  for (const { id } of [client, person]) valueOf(await fetchToken(test, id));
  return { test, dataDir, butlr, other, client: await profileView(test, client.id), person: await profileView(test, person.id) };
}

async function storedToken(dataDir: string, id: string): Promise<unknown> {
  return (await readStoredTokens(dataDir))[id];
}

async function storedSecret(dataDir: string, id: string): Promise<unknown> {
  const { profiles } = await readStore<{ profiles: { id: string; encryptedSecret: unknown }[] }>(dataDir, 'profiles');
  return profiles.find((profile) => profile.id === id)?.encryptedSecret;
}

describe('a new server or audience without a new secret', () => {
  it.each([
    ['base URL', 'client', (s: Setup) => ({ baseUrl: s.other.url }), /No client secret is saved/],
    ['audience', 'client', () => ({ audience: 'https://butlrauth/other' }), /No client secret is saved/],
    ['base URL', 'person', (s: Setup) => ({ baseUrl: s.other.url }), /No password is saved/],
  ] as const)('changing the %s of the %s profile clears its secret and token, and the next sign-in asks for the secret', async (_what, who, changes, wording) => {
    const setup = await setUp();
    const { test, dataDir, butlr, other } = setup;
    const { id, name } = setup[who];
    const sentBefore = butlr.requests.length;

    const view = valueOf<ProfileView>(await updateProfile(test, id, changes(setup)));
    expect(view.secret).toBe('missing');
    expect(view.token).toEqual({ state: 'none' });
    expect(await storedSecret(dataDir, id)).toBeNull();
    expect(await storedToken(dataDir, id)).toBeUndefined();

    const error = errorOf(await fetchToken(test, id), 'secret_missing');
    expect(error.message.startsWith(`“${name}”: `)).toBe(true);
    expect(error.message).toMatch(wording);
    expect(error.message).toMatch(/enter it again/);
    errorOf(await copyToken(test, id), 'secret_missing');
    expect(test.clipboard).toEqual([]);
    // The saved secret went nowhere: not to the new server, not to the old one.
    expect(other.requests).toEqual([]);
    expect(butlr.requests).toHaveLength(sentBefore);
  });

  it('leaves the other profile alone', async () => {
    const setup = await setUp();
    valueOf(await updateProfile(setup.test, setup.client.id, { baseUrl: setup.other.url }));
    expect(await profileView(setup.test, setup.person.id)).toEqual(setup.person);
    expect(valueOf<{ renewed: boolean }>(await copyToken(setup.test, setup.person.id)).renewed).toBe(false);
  });
});

describe('a new server or audience with a new secret', () => {
  it('keeps the new secret set, drops the old token, and signs in at the new server with the new secret', async () => {
    const { test, dataDir, other, client } = await setUp();
    const view = valueOf<ProfileView>(await updateProfile(test, client.id, { baseUrl: `${other.url}/`, secret: NEW_SECRET }));
    expect(view).toMatchObject({ baseUrl: other.url, secret: 'set', token: { state: 'none' } });
    expect(await storedToken(dataDir, client.id)).toBeUndefined();
    valueOf(await copyToken(test, client.id));
    expect(other.requests.map((request) => request.body)).toEqual([
      { client_id: 'demo-client', client_secret: NEW_SECRET, audience: 'https://butlrauth/', grant_type: 'client_credentials' },
    ]);
    expect(test.clipboard).toEqual(other.issuedTokens);
  });

  it('sends the new audience with the new secret', async () => {
    const { test, butlr, client } = await setUp();
    valueOf(await updateProfile(test, client.id, { audience: 'https://butlrauth/eu', secret: DEMO_SECRET }));
    valueOf(await fetchToken(test, client.id));
    expect(butlr.requests.at(-1)?.body).toMatchObject({ audience: 'https://butlrauth/eu', client_secret: DEMO_SECRET });
  });

  it('moves a password profile to the new server with its new password', async () => {
    const { test, other, person } = await setUp();
    expect(valueOf<ProfileView>(await updateProfile(test, person.id, { baseUrl: other.url, secret: NEW_PASSWORD })).secret).toBe('set');
    valueOf(await fetchToken(test, person.id));
    expect(other.requests).toEqual([{ path: '/api/v2/login', body: { username: 'admin@example.com', password: NEW_PASSWORD } }]);
  });
});

describe('a new identity on the same server', () => {
  it('keeps the secret, sealed again for the new client ID, but drops the token when the client ID changes', async () => {
    const { test, dataDir, butlr, client } = await setUp();
    const secretBefore = await storedSecret(dataDir, client.id);
    const view = valueOf<ProfileView>(await updateProfile(test, client.id, { clientId: 'second-client' }));
    expect(view).toMatchObject({ clientId: 'second-client', secret: 'set', token: { state: 'none' } });
    // The secret is sealed with the identity it may be sent for, so a new identity means a new ciphertext.
    expect(await storedSecret(dataDir, client.id)).toMatch(/^ss1:/);
    expect(await storedSecret(dataDir, client.id)).not.toBe(secretBefore);
    expect(await storedToken(dataDir, client.id)).toBeUndefined();
    expect(valueOf<{ renewed: boolean }>(await copyToken(test, client.id)).renewed).toBe(true);
    expect(butlr.requests.at(-1)?.body).toMatchObject({ client_id: 'second-client', client_secret: DEMO_SECRET });
  });

  it('keeps the password but drops the token when the username changes', async () => {
    const butlrUsers = { 'admin@example.com': 'demo-password', 'ops@example.com': 'demo-password' };
    const butlr = await world.server({ users: butlrUsers });
    const dataDir = await world.folder();
    const test = world.core({ dataDir });
    const person = await createProfile(test, passwordInput(butlr.url));
    valueOf(await fetchToken(test, person.id));
    const view = valueOf<ProfileView>(await updateProfile(test, person.id, { username: 'ops@example.com' }));
    expect(view).toMatchObject({ username: 'ops@example.com', secret: 'set', token: { state: 'none' } });
    expect(await storedToken(dataDir, person.id)).toBeUndefined();
    valueOf(await fetchToken(test, person.id));
    expect(butlr.requests.at(-1)?.body).toEqual({ username: 'ops@example.com', password: 'demo-password' });
  });

  it('drops the token when only the secret is replaced', async () => {
    const { test, dataDir, client } = await setUp();
    const view = valueOf<ProfileView>(await updateProfile(test, client.id, { secret: DEMO_SECRET }));
    expect(view).toMatchObject({ secret: 'set', token: { state: 'none' } });
    expect(await storedToken(dataDir, client.id)).toBeUndefined();
  });
});

describe('changes that leave the server and identity alone', () => {
  it.each([
    ['notes', { notes: 'Rotated in March' }],
    ['tags', { tags: ['prod', 'eu'] }],
    ['colour', { color: 'amber' }],
    ['colour cleared', { color: null }],
    ['name', { name: 'Production EU' }],
    ['the same base URL spelled with a trailing slash', { baseUrl: 'SAME/' }],
    ['the same audience', { audience: 'https://butlrauth/' }],
    ['the same client ID', { clientId: 'demo-client' }],
  ] as const)('%s: keeps both the secret and the held token', async (_what, changes) => {
    const { test, dataDir, butlr, client } = await setUp();
    const tokenBefore = await storedToken(dataDir, client.id);
    const spelled = 'baseUrl' in changes ? { baseUrl: `${butlr.url}/` } : changes;
    const view = valueOf<ProfileView>(await updateProfile(test, client.id, spelled));
    expect(view.secret).toBe('set');
    expect(view.token).toEqual(client.token);
    expect(await storedToken(dataDir, client.id)).toEqual(tokenBefore);
    const sent = butlr.requests.length;
    expect(valueOf<{ renewed: boolean }>(await copyToken(test, client.id)).renewed).toBe(false);
    expect(butlr.requests).toHaveLength(sent);
  });
});

describe('fields the kind does not have', () => {
  it.each([
    ['person', { audience: 'https://butlrauth/' }, 'audience'],
    ['person', { clientId: 'demo-client' }, 'clientId'],
    ['client', { username: 'admin@example.com' }, 'username'],
  ] as const)('refuses to give the %s profile %o, changing nothing', async (who, changes, field) => {
    const setup = await setUp();
    const before = await profileView(setup.test, setup[who].id);
    expect(errorOf(await updateProfile(setup.test, setup[who].id, changes), 'invalid_request').field).toBe(field);
    expect(await profileView(setup.test, setup[who].id)).toEqual(before);
  });
});

/** A fetch that holds every sign-in at the door until `open()`, and says when one is waiting there. */
function gatedFetch(): { fetch: FetchLike; waiting: Promise<void>; open: () => void; closeAgain: () => void } {
  let gate = deferred();
  let arrived = deferred();
  let closed = false;
  return {
    fetch: async (url, init) => {
      if (closed) {
        arrived.resolve();
        await gate.promise;
      }
      return fetch(url, init);
    },
    get waiting() {
      return arrived.promise;
    },
    open: () => gate.resolve(),
    closeAgain: () => {
      closed = true;
      gate = deferred();
      arrived = deferred();
    },
  };
}

describe('a change while a sign-in is on its way', () => {
  it('does not keep the token when the base URL changed meanwhile', async () => {
    const door = gatedFetch();
    const { test, dataDir, other, client } = await setUp(door.fetch);
    // Start from no token, so any token on disk afterwards came from the sign-in under test.
    valueOf(await updateProfile(test, client.id, { secret: DEMO_SECRET }));
    door.closeAgain();
    const signIn = fetchToken(test, client.id);
    await door.waiting;
    valueOf(await updateProfile(test, client.id, { baseUrl: other.url }));
    door.open();
    errorOf(await signIn, 'secret_missing');
    expect(await storedToken(dataDir, client.id)).toBeUndefined();
    expect((await profileView(test, client.id)).secret).toBe('missing');
  });

  // A new client ID (or username) keeps the secret (sealed again for it), so the sign-in compares the revision before saving.
  it('does not keep the old identity’s token when the client ID changed meanwhile', async () => {
    const door = gatedFetch();
    const { test, dataDir, butlr, client } = await setUp(door.fetch);
    // Start from no token, so any token on disk afterwards came from the sign-in under test.
    valueOf(await updateProfile(test, client.id, { secret: DEMO_SECRET }));
    door.closeAgain();
    const signIn = fetchToken(test, client.id);
    await door.waiting;
    valueOf(await updateProfile(test, client.id, { clientId: 'second-client' }));
    door.open();
    await signIn;
    expect(await storedToken(dataDir, client.id)).toBeUndefined();
    door.closeAgain();
    door.open();
    valueOf(await copyToken(test, client.id));
    expect(butlr.requests.at(-1)?.body).toMatchObject({ client_id: 'second-client' });
  });
});
