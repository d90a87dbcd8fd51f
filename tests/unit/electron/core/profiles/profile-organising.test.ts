// Duplicate, reorder and delete with undo through the real core, including what survives a restart and what a restart finishes.
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { ProfileView } from '../../../../../shared/profile';
import { UNDO_DELETE_MS } from '../../../../../shared/undo-delete';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { createManualClock, type ManualClock } from '../../../../fixtures/manual-clock';
import type { TestCore } from '../../../../fixtures/test-core';
import { DEMO_SECRET, activityOf, copyToken, createProfile, errorOf, fetchToken, listProfiles, profileInput, profileView, valueOf } from '../core-test-kit';
import { readStoredTokens } from '../stored-tokens';
import { NOW, passwordInput, readStore, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

const ids = async (test: TestCore): Promise<string[]> => (await listProfiles(test)).map((profile) => profile.id);
const reorder = (test: TestCore, order: readonly string[]): Promise<unknown> => test.invoke(ipcChannels.reorderProfiles, { ids: order });
const remove = (test: TestCore, id: string): Promise<unknown> => test.invoke(ipcChannels.deleteProfile, { id });
const restore = (test: TestCore, id: string): Promise<unknown> => test.invoke(ipcChannels.restoreProfile, { id });

interface Stores {
  profiles: { id: string }[];
  tokens: Record<string, unknown>;
  events: Record<string, unknown>;
}

async function onDisk(dataDir: string): Promise<Stores> {
  const [{ profiles }, tokens, { events }] = await Promise.all([
    readStore<{ profiles: { id: string }[] }>(dataDir, 'profiles'),
    readStoredTokens(dataDir),
    readStore<{ events: Record<string, unknown> }>(dataDir, 'activity'),
  ]);
  return { profiles, tokens, events };
}

/** A core whose timers only move when the test says so; the undo window is one of them. */
async function timedCore(dataDir?: string, clock: ManualClock = createManualClock({ start: NOW })) {
  const safeStorage = createFakeSafeStorage();
  const folder = dataDir ?? (await world.folder());
  return { test: world.core({ dataDir: folder, now: clock.now, timers: clock, safeStorage }), clock, dataDir: folder, safeStorage };
}

describe('duplicate', () => {
  it.each(['client_credentials', 'password'] as const)('copies a %s profile with a new id and name, its secret usable, no token, at the end of the list', async (kind) => {
    const butlr = await world.server();
    const test = world.core({ dataDir: await world.folder() });
    const input = kind === 'password' ? passwordInput(butlr.url, { name: 'Origin' }) : profileInput(butlr.url, { name: 'Origin' });
    const original = await createProfile(test, { ...input, notes: 'Main tenant', tags: ['prod'], color: 'red' });
    const other = await createProfile(test, profileInput(butlr.url, { name: 'Other' }));
    valueOf(await fetchToken(test, original.id));

    const copy = valueOf<ProfileView>(await test.invoke(ipcChannels.duplicateProfile, { id: original.id }));
    const { id: _id, name: _name, token: _token, lastUsedAt: _lastUsedAt, ...sameFields } = await profileView(test, original.id);
    // The original's Get token was a use of the original, not of its copy.
    expect(copy).toMatchObject({ ...sameFields, name: 'Origin (2)', secret: 'set', token: { state: 'none' }, lastUsedAt: null });
    expect(copy.id).not.toBe(original.id);
    expect(await ids(test)).toEqual([original.id, other.id, copy.id]);

    // The copy signs in exactly as the original did: same endpoint, same identity, same secret.
    valueOf(await fetchToken(test, copy.id));
    expect(butlr.requests).toHaveLength(2);
    expect(butlr.requests[1]).toEqual(butlr.requests[0]);
  });

  it('keeps working after the original is deleted and purged', async () => {
    const butlr = await world.server();
    const { test, clock } = await timedCore();
    const original = await createProfile(test, profileInput(butlr.url));
    const copy = valueOf<ProfileView>(await test.invoke(ipcChannels.duplicateProfile, { id: original.id }));
    valueOf(await remove(test, original.id));
    await clock.advance(UNDO_DELETE_MS);
    expect(await ids(test)).toEqual([copy.id]);
    valueOf(await copyToken(test, copy.id));
    expect(butlr.requests.at(-1)?.body).toMatchObject({ client_secret: DEMO_SECRET });
  });
});

describe('reorder', () => {
  it('lists profiles in the new order, keeps it across a restart, and adds new profiles at the end', async () => {
    const dataDir = await world.folder();
    const safeStorage = createFakeSafeStorage();
    const test = world.core({ dataDir, safeStorage });
    const [a, b, c] = [
      await createProfile(test, profileInput('https://api.butlr.io', { name: 'A' })),
      await createProfile(test, passwordInput('https://api.butlr.io', { name: 'B' })),
      await createProfile(test, profileInput('https://api.butlr.io', { name: 'C' })),
    ];
    expect(valueOf(await reorder(test, [c.id, a.id, b.id]))).toEqual({ ids: [c.id, a.id, b.id] });
    expect(await ids(test)).toEqual([c.id, a.id, b.id]);
    test.core.dispose();

    const restarted = world.core({ dataDir, safeStorage });
    expect(await ids(restarted)).toEqual([c.id, a.id, b.id]);
    const d = await createProfile(restarted, profileInput('https://api.butlr.io', { name: 'D' }));
    expect(await ids(restarted)).toEqual([c.id, a.id, b.id, d.id]);
  });

  it('refuses an order that leaves a profile out, repeats one or names an unknown one, changing nothing', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const a = await createProfile(test, profileInput('https://api.butlr.io', { name: 'A' }));
    const b = await createProfile(test, profileInput('https://api.butlr.io', { name: 'B' }));
    for (const order of [[b.id], [b.id, b.id], [b.id, a.id, '1c6f8d2e-5a3b-4c7d-9e0f-123456789abc']]) {
      expect(errorOf(await reorder(test, order), 'invalid_request').message).toMatch(/Try again/);
    }
    expect(await ids(test)).toEqual([a.id, b.id]);
  });
});

describe('delete and undo', () => {
  it('restores the profile in its place with its secret and its token, and copies that same token', async () => {
    const butlr = await world.server();
    const { test, clock, dataDir } = await timedCore();
    const a = await createProfile(test, profileInput(butlr.url, { name: 'A' }));
    const b = await createProfile(test, passwordInput(butlr.url, { name: 'B' }));
    const c = await createProfile(test, profileInput(butlr.url, { name: 'C' }));
    valueOf(await copyToken(test, b.id));
    const held = test.clipboard.at(-1);
    const before = await profileView(test, b.id);

    valueOf(await remove(test, b.id));
    expect(await ids(test)).toEqual([a.id, c.id]);
    errorOf(await copyToken(test, b.id), 'not_found');
    errorOf(await fetchToken(test, b.id), 'not_found');
    test.core.flushPendingWrites();
    expect((await onDisk(dataDir)).tokens[b.id]).toBeDefined();

    await clock.advance(UNDO_DELETE_MS - 1);
    const restored = valueOf<ProfileView>(await restore(test, b.id));
    expect(restored).toEqual(before);
    expect(restored).toMatchObject({ secret: 'set', token: { state: 'issued' } });
    expect(await ids(test)).toEqual([a.id, b.id, c.id]);
    const sent = butlr.requests.length;
    expect(valueOf<{ renewed: boolean }>(await copyToken(test, b.id)).renewed).toBe(false);
    expect(test.clipboard.at(-1)).toBe(held);
    expect(butlr.requests).toHaveLength(sent);

    // The undo cancelled the purge: nothing happens when the window would have ended.
    await clock.advance(UNDO_DELETE_MS);
    expect(await ids(test)).toEqual([a.id, b.id, c.id]);
  });

  it('purges the profile, its token and its history from disk when the window ends', async () => {
    const butlr = await world.server();
    const { test, clock, dataDir } = await timedCore();
    const doomed = await createProfile(test, profileInput(butlr.url, { name: 'Doomed' }));
    const kept = await createProfile(test, profileInput(butlr.url, { name: 'Kept' }));
    for (const { id } of [doomed, kept]) valueOf(await copyToken(test, id));
    valueOf(await remove(test, doomed.id));
    await clock.advance(UNDO_DELETE_MS);

    const disk = await onDisk(dataDir);
    expect(disk.profiles.map((profile) => profile.id)).toEqual([kept.id]);
    expect(Object.keys(disk.tokens)).toEqual([kept.id]);
    expect(Object.keys(disk.events)).toEqual([kept.id]);
    errorOf(await restore(test, doomed.id), 'not_found');
  });

  it('finishes a deletion still pending at quit when the app next starts', async () => {
    const butlr = await world.server();
    const { test, dataDir, safeStorage } = await timedCore();
    const doomed = await createProfile(test, passwordInput(butlr.url, { name: 'Doomed' }));
    const kept = await createProfile(test, profileInput(butlr.url, { name: 'Kept' }));
    for (const { id } of [doomed, kept]) valueOf(await copyToken(test, id));
    valueOf(await remove(test, doomed.id));
    const keptToken = test.clipboard.at(-1);
    // Quit inside the undo window: the purge timer never fires.
    test.core.dispose();
    expect((await onDisk(dataDir)).profiles.map((profile) => profile.id)).toEqual([doomed.id, kept.id]);

    const next = world.core({ dataDir, safeStorage });
    expect(await ids(next)).toEqual([kept.id]);
    const disk = await onDisk(dataDir);
    expect(disk.profiles.map((profile) => profile.id)).toEqual([kept.id]);
    expect(Object.keys(disk.tokens)).toEqual([kept.id]);
    expect(Object.keys(disk.events)).toEqual([kept.id]);
    expect(await activityOf(next, doomed.id)).toEqual([]);
    errorOf(await restore(next, doomed.id), 'not_found');
    // The other profile lost nothing: its token is still held and copied without a sign-in.
    expect(valueOf<{ renewed: boolean }>(await copyToken(next, kept.id)).renewed).toBe(false);
    expect(next.clipboard.at(-1)).toBe(keptToken);
  });
});
