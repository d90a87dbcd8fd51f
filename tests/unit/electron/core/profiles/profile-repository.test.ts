// The repository's revisions: they move with a profile's server, identity or secret only, and a write planned at an older
// one is refused, so an operation that awaited something never writes what it read before.
import { describe, expect, it } from 'vitest';
import { createProfileRepository, type ProfilesFile, type StoredProfile } from '../../../../../electron/core/profiles/profile-repository';
import type { KeyValueStore } from '../../../../../electron/core/storage/key-value-store';
import { storedProfileMetadata } from '../stored-profile-metadata';

const profile = (id: string, overrides: Partial<StoredProfile> = {}): StoredProfile =>
  ({
    kind: 'client_credentials',
    id,
    name: `Profile ${id}`,
    baseUrl: 'https://api.butlr.io',
    clientId: 'demo-client',
    audience: 'https://butlrauth/',
    ...storedProfileMetadata(),
    encryptedSecret: 'ss1:AAAA',
    ...overrides,
  }) as StoredProfile;

function memoryStore(profiles: StoredProfile[]): KeyValueStore<ProfilesFile> {
  const data: ProfilesFile = { version: 3, profiles };
  return { path: ':memory:', get: (key) => data[key], set: (key, value) => void (data[key] = value) };
}

describe('revisions', () => {
  it('stay put for a rename, a pin, notes, auto-refresh and a reorder', () => {
    const repository = createProfileRepository(memoryStore([profile('a'), profile('b', { order: 1 })]));
    const before = repository.load('a')?.revision;
    repository.update('a', (current) => ({ ...current, name: 'Renamed', pinned: true, notes: 'x', autoRefresh: true }));
    repository.reorder(['b', 'a']);
    expect(repository.load('a')?.revision).toBe(before);
  });

  it.each([
    ['the base URL', { baseUrl: 'https://eu.api.butlr.io' }],
    ['the audience', { audience: 'https://butlrauth/eu' }],
    ['the client ID', { clientId: 'other-client' }],
    ['the secret', { encryptedSecret: 'ss1:BBBB' }],
    ['the secret cleared', { encryptedSecret: null }],
  ] as const)('move when %s changes', (_what, change) => {
    const repository = createProfileRepository(memoryStore([profile('a')]));
    const before = repository.load('a')?.revision ?? -1;
    repository.update('a', (current) => ({ ...current, ...change }) as StoredProfile);
    expect(repository.load('a')?.revision).toBeGreaterThan(before);
  });

  it('refuse a conditional write planned at an older revision, and allow one at the current', () => {
    const repository = createProfileRepository(memoryStore([profile('a')]));
    const planned = repository.load('a')!.revision;
    const moved = repository.updateIf('a', planned, (current) => ({ ...current, encryptedSecret: 'ss1:CCCC' }));
    expect(moved).not.toBeNull();
    expect(repository.updateIf('a', planned, (current) => ({ ...current, encryptedSecret: 'ss1:STALE' }))).toBeNull();
    expect(repository.get('a')?.encryptedSecret).toBe('ss1:CCCC');
    expect(repository.updateIf('a', moved!, (current) => ({ ...current, name: 'Kept' }))).toBe(moved);
  });

  it('stay put when the same secret is sealed anew, which is refused once the revision moved', () => {
    const repository = createProfileRepository(memoryStore([profile('a')]));
    const at = repository.load('a')!.revision;
    expect(repository.resealIf('a', at, 'ss1:RESEALED')).toBe(true);
    expect(repository.load('a')).toMatchObject({ revision: at, profile: { encryptedSecret: 'ss1:RESEALED' } });
    repository.update('a', (current) => ({ ...current, encryptedSecret: 'ss1:NEW' }));
    expect(repository.resealIf('a', at, 'ss1:STALE')).toBe(false);
    expect(repository.get('a')?.encryptedSecret).toBe('ss1:NEW');
  });

  it('refuse a conditional write to a profile that was deleted or removed meanwhile', () => {
    const repository = createProfileRepository(memoryStore([profile('a'), profile('b')]));
    const [a, b] = [repository.load('a')!, repository.load('b')!];
    repository.update('a', (current) => ({ ...current, deletedAt: 1 }));
    repository.remove('b');
    expect(repository.updateIf('a', a.revision, (current) => current)).toBeNull();
    expect(repository.updateIf('b', b.revision, (current) => current)).toBeNull();
  });
});

describe('loading', () => {
  it('says which stored profiles break the form’s rules, and keeps them listed', () => {
    const repository = createProfileRepository(memoryStore([profile('a'), profile('b', { baseUrl: 'http://collector.example', order: 1 })]));
    expect(repository.loadAll().map((loaded) => [loaded.profile.id, loaded.damage?.code ?? null])).toEqual([
      ['a', null],
      ['b', 'profile_damaged'],
    ]);
    repository.update('b', (current) => ({ ...current, baseUrl: 'https://api.butlr.io' }));
    expect(repository.load('b')?.damage).toBeNull();
  });
});
