// Profiles on disk: metadata in clear, the secret only as safeStorage ciphertext. The file was checked before it was opened.
import { z } from 'zod';
import type { KeyValueStore } from '../storage/key-value-store';
import { storedProfileSchema, type ProfilesFile, type StoredProfile } from './profiles-file';

export { profilesFileDefaults, type ProfilesFile, type StoredProfile } from './profiles-file';

/** The profiles in list order. Profiles whose deletion can still be undone are hidden from `list` and `get`. */
export interface ProfileRepository {
  list(): readonly StoredProfile[];
  get(id: string): StoredProfile | undefined;
  /** A profile whose deletion can still be undone. */
  getDeleted(id: string): StoredProfile | undefined;
  /** Every deleted profile, for purging. */
  listDeleted(): readonly StoredProfile[];
  add(profile: StoredProfile): void;
  /** Replaces one profile with `change(profile)`; false when there is no such profile. */
  update(id: string, change: (profile: StoredProfile) => StoredProfile): boolean;
  remove(id: string): boolean;
  /** Puts the profiles in the order given; ids not listed keep their relative order after those that are. */
  reorder(ids: readonly string[]): void;
}

const byOrder = (a: StoredProfile, b: StoredProfile): number => a.order - b.order || a.createdAt - b.createdAt;

export function createProfileRepository(store: KeyValueStore<ProfilesFile>): ProfileRepository {
  // Parsed once and kept: reads are hot (every list), writes are rare.
  let profiles: StoredProfile[] = z.array(storedProfileSchema).parse(store.get('profiles') ?? []).sort(byOrder);
  
  const save = (next: StoredProfile[]): void => {
    const sorted = [...next].sort(byOrder);
    store.set('profiles', sorted);
    profiles = sorted;
    refreshVisible();
  };
  let visible = profiles.filter((profile) => profile.deletedAt === null);
  const refreshVisible = (): void => {
    visible = profiles.filter((profile) => profile.deletedAt === null);
  };
  return {
    list: () => visible,
    get: (id) => visible.find((profile) => profile.id === id),
    getDeleted: (id) => profiles.find((profile) => profile.id === id && profile.deletedAt !== null),
    listDeleted: () => profiles.filter((profile) => profile.deletedAt !== null),
    add: (profile) => save([...profiles, profile]),
    /** Reaches deleted profiles too, so a deletion can be marked and undone. */
    update(id, change) {
      if (!profiles.some((profile) => profile.id === id)) return false;
      save(profiles.map((profile) => (profile.id === id ? change(profile) : profile)));
      return true;
    },
    remove(id) {
      const next = profiles.filter((profile) => profile.id !== id);
      if (next.length === profiles.length) return false;
      save(next);
      return true;
    },
    reorder(ids) {
      const rank = new Map(ids.map((id, index) => [id, index]));
      const reordered = [...profiles].sort((a, b) => (rank.get(a.id) ?? ids.length) - (rank.get(b.id) ?? ids.length) || byOrder(a, b));
      save(reordered.map((profile, index) => ({ ...profile, order: index })));
    },
  };
}
