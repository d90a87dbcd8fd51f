import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels, ipcEventChannels } from '../../../../../shared/ipc/channels';
import type { ProfileView } from '../../../../../shared/profile';
import { UNDO_DELETE_MS } from '../../../../../shared/undo-delete';
import { createManualClock } from '../../../../fixtures/manual-clock';
import { startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createFakeSafeStorage, type FakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { updateProfile } from '../vault-kit';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../../../fixtures/test-core';
import { DEMO_SECRET, createProfile, errorOf, listProfiles, plainEncodings, profileInput, readDataFile, valueOf } from '../core-test-kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CREATED_AT = 1_750_000_000_000;

let dataDir: TempDataDir;
let butlr: FakeButlrServer;
let test: TestCore;

beforeEach(async () => {
  dataDir = await createTempDataDir();
  butlr = await startFakeButlrServer();
  test = createTestCore({ dataDir: dataDir.path, now: () => CREATED_AT });
});

afterEach(async () => {
  await butlr.close();
  await dataDir.remove();
});

describe('create', () => {
  it('answers with a view of the new profile that carries no secret', async () => {
    const view = await createProfile(test, profileInput(butlr.url, { name: '  Production  ', baseUrl: `${butlr.url}/` }));
    expect(view).toEqual({
      id: expect.stringMatching(UUID),
      kind: 'client_credentials',
      name: 'Production',
      baseUrl: butlr.url,
      clientId: 'demo-client',
      audience: 'https://butlrauth/',
      createdAt: CREATED_AT,
      secret: 'set',
      damage: null,
      token: { state: 'none' },
      autoRefresh: false,
      nextRefreshAt: null,
      notes: '',
      tags: [],
      color: null,
      pinned: false,
      lastUsedAt: null,
    });
    expect(JSON.stringify(view)).not.toContain(DEMO_SECRET);
    expect(JSON.stringify(view)).not.toContain('ss1:');
  });

  it('lists the profile with its secret set, and nothing secret in the list', async () => {
    const created = await createProfile(test, profileInput(butlr.url));
    const listed = await listProfiles(test);
    expect(listed).toEqual([created]);
    const json = JSON.stringify(listed);
    for (const encoding of plainEncodings(DEMO_SECRET)) expect(json).not.toContain(encoding);
    expect(json).not.toMatch(/encryptedSecret|clientSecret|ss1:/);
  });

  it('tells the renderer the profiles changed', async () => {
    await createProfile(test, profileInput(butlr.url));
    expect(test.events).toEqual([{ channel: ipcEventChannels.profilesChanged, payload: {} }]);
  });

  it('gives each profile its own id', async () => {
    const first = await createProfile(test, profileInput(butlr.url, { name: 'One' }));
    const second = await createProfile(test, profileInput(butlr.url, { name: 'Two' }));
    expect(first.id).not.toBe(second.id);
    expect((await listProfiles(test)).map((profile) => profile.name)).toEqual(['One', 'Two']);
  });

  it.each(['Production', 'PRODUCTION', 'production', '  pRoDuCtIoN '])('refuses "%s" when "Production" exists, naming the name field', async (name) => {
    await createProfile(test, profileInput(butlr.url));
    const error = errorOf(await test.invoke(ipcChannels.createProfile, profileInput(butlr.url, { name, clientId: 'other' })), 'name_taken');
    expect(error.field).toBe('name');
    expect(error.message).toContain(name.trim());
    expect(await listProfiles(test)).toHaveLength(1);
  });

  // The name is checked before and after the encryption await, so two creates racing through it cannot both pass.
  it('refuses the second of two simultaneous creates with the same name', async () => {
    const answers = await Promise.all([
      test.invoke(ipcChannels.createProfile, profileInput(butlr.url, { name: 'Staging' })),
      test.invoke(ipcChannels.createProfile, profileInput(butlr.url, { name: 'staging' })),
    ]);
    expect(answers.filter((answer) => (answer as { ok: boolean }).ok)).toHaveLength(1);
    expect(await listProfiles(test)).toHaveLength(1);
  });

  it('refuses to save anything when encryption is unavailable', async () => {
    test.safeStorage.available = false;
    const error = errorOf(await test.invoke(ipcChannels.createProfile, profileInput(butlr.url)), 'encryption_unavailable');
    expect(error.field).toBe('clientSecret');
    expect(await listProfiles(test)).toEqual([]);
    expect(test.events).toEqual([]);
    const file = await readDataFile(dataDir.path, 'profiles');
    expect(JSON.parse(file.text).profiles).toEqual([]);
    for (const encoding of plainEncodings(DEMO_SECRET)) expect(file.text).not.toContain(encoding);
  });

  it('does not reach main with an invalid profile', async () => {
    const error = errorOf(await test.invoke(ipcChannels.createProfile, profileInput('http://example.com')), 'invalid_request');
    expect(error.field).toBe('baseUrl');
    expect(await listProfiles(test)).toEqual([]);
  });
});

describe('delete', () => {
  it('hides the profile at once, tells the renderer, and purges it from disk when the undo window ends', async () => {
    const clock = createManualClock({ start: CREATED_AT });
    const timed = createTestCore({ dataDir: dataDir.path, now: clock.now, timers: clock });
    const { id } = await createProfile(timed, profileInput(butlr.url));
    expect(valueOf(await timed.invoke(ipcChannels.deleteProfile, { id }))).toEqual({ id, undoUntil: CREATED_AT + UNDO_DELETE_MS });
    expect(await listProfiles(timed)).toEqual([]);
    expect(timed.events.filter((event) => event.channel === ipcEventChannels.profilesChanged)).toHaveLength(2);
    expect(JSON.parse((await readDataFile(dataDir.path, 'profiles')).text).profiles).toHaveLength(1);
    await clock.advance(UNDO_DELETE_MS);
    expect(JSON.parse((await readDataFile(dataDir.path, 'profiles')).text).profiles).toEqual([]);
  });

  it('brings a deleted profile back, secret and all, inside the undo window', async () => {
    const clock = createManualClock({ start: CREATED_AT });
    const timed = createTestCore({ dataDir: dataDir.path, now: clock.now, timers: clock });
    const created = await createProfile(timed, profileInput(butlr.url));
    valueOf(await timed.invoke(ipcChannels.deleteProfile, { id: created.id }));
    await clock.advance(UNDO_DELETE_MS - 1);
    expect(valueOf(await timed.invoke(ipcChannels.restoreProfile, { id: created.id }))).toEqual(created);
    await clock.advance(UNDO_DELETE_MS);
    expect(await listProfiles(timed)).toEqual([created]);
  });

  it('refuses to restore once the undo window has passed', async () => {
    const clock = createManualClock({ start: CREATED_AT });
    const timed = createTestCore({ dataDir: dataDir.path, now: clock.now, timers: clock });
    const { id } = await createProfile(timed, profileInput(butlr.url));
    valueOf(await timed.invoke(ipcChannels.deleteProfile, { id }));
    await clock.advance(UNDO_DELETE_MS);
    expect(errorOf(await timed.invoke(ipcChannels.restoreProfile, { id }), 'not_found').message).toMatch(/undo window/);
  });

  it('answers not_found for a profile that is not there', async () => {
    const { id } = await createProfile(test, profileInput(butlr.url));
    valueOf(await test.invoke(ipcChannels.deleteProfile, { id }));
    errorOf(await test.invoke(ipcChannels.deleteProfile, { id }), 'not_found');
  });

  it('frees the name for a new profile', async () => {
    const { id } = await createProfile(test, profileInput(butlr.url));
    valueOf(await test.invoke(ipcChannels.deleteProfile, { id }));
    expect((await createProfile(test, profileInput(butlr.url))).name).toBe('Production');
  });

  it('leaves other profiles alone', async () => {
    const doomed = await createProfile(test, profileInput(butlr.url, { name: 'Doomed' }));
    const kept = await createProfile(test, profileInput(butlr.url, { name: 'Kept' }));
    valueOf(await test.invoke(ipcChannels.deleteProfile, { id: doomed.id }));
    expect(await listProfiles(test)).toEqual([kept]);
  });
});

describe('on disk', () => {
  it('writes profiles.json for the user only, with the secret encrypted', async () => {
    await createProfile(test, profileInput(butlr.url));
    const { text, mode } = await readDataFile(dataDir.path, 'profiles');
    expect(mode).toBe(0o600);
    for (const encoding of plainEncodings(DEMO_SECRET)) expect(text).not.toContain(encoding);
    const stored = JSON.parse(text).profiles as { encryptedSecret: string; name: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]?.name).toBe('Production');
    expect(stored[0]?.encryptedSecret.startsWith('ss1:')).toBe(true);
  });

  it('lists the same profiles after a restart', async () => {
    const created = await createProfile(test, profileInput(butlr.url));
    const restarted = createTestCore({ dataDir: dataDir.path, safeStorage: test.safeStorage });
    expect(await listProfiles(restarted)).toEqual([created]);
  });

  it('marks a secret saved under another keyring unreadable, and refuses to sign in with it', async () => {
    const { id } = await createProfile(test, profileInput(butlr.url));
    const otherMachine = createTestCore({ dataDir: dataDir.path, safeStorage: createFakeSafeStorage() });
    const [view] = await listProfiles(otherMachine);
    expect(view?.secret).toBe<ProfileView['secret']>('unreadable');
    const error = errorOf(await otherMachine.invoke(ipcChannels.copyToken, { id }), 'secret_unreadable');
    expect(error.message).toMatch(/Re-enter/);
    expect(otherMachine.clipboard).toEqual([]);
    expect(butlr.requests).toHaveLength(0);
  });
});

describe('listing', () => {
  /** The keyring of a restarted core, counting how often a secret is decrypted. */
  function countingKeyring(): { safeStorage: FakeSafeStorage; decrypts: () => number } {
    const safeStorage = test.safeStorage;
    const decrypt = safeStorage.decryptStringAsync.bind(safeStorage);
    let count = 0;
    const counting: FakeSafeStorage = Object.assign(Object.create(safeStorage) as FakeSafeStorage, {
      decryptStringAsync: (encrypted: Buffer) => {
        count += 1;
        return decrypt(encrypted);
      },
    });
    return { safeStorage: counting, decrypts: () => count };
  }

  it('opens each secret once per start for its state, not on every listing, nor after a change that keeps it', async () => {
    const first = await createProfile(test, profileInput(butlr.url, { name: 'First' }));
    await createProfile(test, profileInput(butlr.url, { name: 'Second' }));
    const keyring = countingKeyring();
    const restarted = createTestCore({ dataDir: dataDir.path, safeStorage: keyring.safeStorage });

    expect((await listProfiles(restarted)).map((view) => view.secret)).toEqual(['set', 'set']);
    expect(keyring.decrypts()).toBe(2);
    await listProfiles(restarted);
    valueOf(await updateProfile(restarted, first.id, { name: 'First, renamed' }));
    const listed = await listProfiles(restarted);
    expect(listed.map((view) => [view.name, view.secret])).toEqual([
      ['First, renamed', 'set'],
      ['Second', 'set'],
    ]);
    expect(keyring.decrypts()).toBe(2);
  });

  it('answers the first few of the board’s opening order, pinned ones first, with how many there are in all', async () => {
    const names = ['One', 'Two', 'Three', 'Four', 'Five'];
    const made = [];
    for (const name of names) made.push(await createProfile(test, profileInput(butlr.url, { name })));
    valueOf(await updateProfile(test, made[3]!.id, { pinned: true }));
    const first = valueOf<{ profiles: ProfileView[]; total: number }>(await test.invoke(ipcChannels.listFirstProfiles, { count: 3 }));
    expect(first.total).toBe(5);
    expect(first.profiles.map((view) => view.name)).toEqual(['Four', 'One', 'Two']);
    // The same views the whole list gives.
    const all = await listProfiles(test);
    expect(first.profiles).toEqual(['Four', 'One', 'Two'].map((name) => all.find((view) => view.name === name)));
    expect(valueOf<{ profiles: ProfileView[] }>(await test.invoke(ipcChannels.listFirstProfiles, { count: 200 })).profiles).toHaveLength(5);
    errorOf(await test.invoke(ipcChannels.listFirstProfiles, { count: 201 }), 'invalid_request');
    errorOf(await test.invoke(ipcChannels.listFirstProfiles, { count: 0 }), 'invalid_request');
  });
});
