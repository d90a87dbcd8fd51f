// Profiles on disk: metadata in clear, the secret only as safeStorage ciphertext. The file was checked before it was opened;
// each record is checked again against the form's rules here, since the file can be edited outside the app.
import { z } from 'zod';
import type { AppError } from '../../../shared/app-error';
import type { KeyValueStore } from '../storage/key-value-store';
import { storedProfileDamage } from './profile-integrity';
import { storedProfileSchema, type ProfilesFile, type StoredProfile } from './profiles-file';
import { sameSignInIdentity } from './sign-in-identity';

export { profilesFileDefaults, type ProfilesFile, type StoredProfile } from './profiles-file';

/** A profile as one operation reads it, once: what it holds, which revision that is, and whether it may be used. */
export interface LoadedProfile {
  readonly profile: StoredProfile;
  /**
   * Changes whenever the profile's sign-in identity or stored secret changes (not its name, pin or place). An operation
   * that awaited something compares it before writing what it derived from `profile`.
   */
  readonly revision: number;
  /** Why the stored record may not be used (it fails the form's rules); null when it may. */
  readonly damage: AppError | null;
}

/** The profiles in list order. Profiles whose deletion can still be undone are hidden from `list`, `get` and `load`. */
export interface ProfileRepository {
  list(): readonly StoredProfile[];
  get(id: string): StoredProfile | undefined;
  load(id: string): LoadedProfile | undefined;
  /** `load` for every profile `list` shows, in list order. */
  loadAll(): LoadedProfile[];
  /** A profile whose deletion can still be undone. */
  getDeleted(id: string): StoredProfile | undefined;
  /** Every deleted profile, for purging. */
  listDeleted(): readonly StoredProfile[];
  add(profile: StoredProfile): void;
  /** Replaces one profile with `change(profile)`; false when there is no such profile. */
  update(id: string, change: (profile: StoredProfile) => StoredProfile): boolean;
  /** `update`, only while the profile is still at `revision`: its new revision, or null when it changed or went meanwhile. */
  updateIf(id: string, revision: number, change: (profile: StoredProfile) => StoredProfile): number | null;
  /**
   * Stores the same secret sealed anew (under a rotated key, or bound for the first time) while the profile is still at
   * `revision`. The revision stays: the secret and identity it stands for did not change, so no operation has to give up.
   */
  resealIf(id: string, revision: number, encryptedSecret: string): boolean;
  remove(id: string): boolean;
  /** Puts the profiles in the order given; ids not listed keep their relative order after those that are. */
  reorder(ids: readonly string[]): void;
}

const byOrder = (a: StoredProfile, b: StoredProfile): number => a.order - b.order || a.createdAt - b.createdAt;
const sameCredentials = (a: StoredProfile, b: StoredProfile): boolean => a.encryptedSecret === b.encryptedSecret && sameSignInIdentity(a, b);

export function createProfileRepository(store: KeyValueStore<ProfilesFile>): ProfileRepository {
  // Parsed once and kept: reads are hot (every list), writes are rare.
  let profiles: StoredProfile[] = z.array(storedProfileSchema).parse(store.get('profiles') ?? []).sort(byOrder);
  // In memory only: a revision has to outlive no run, it only has to tell "changed while I was waiting".
  let lastRevision = 0;
  const revisions = new Map(profiles.map((profile) => [profile.id, ++lastRevision]));
  // Records are replaced, never changed in place, so each one is checked once (at load, or when written).
  const damages = new WeakMap<StoredProfile, AppError | null>();
  const damageOf = (profile: StoredProfile): AppError | null => {
    if (!damages.has(profile)) damages.set(profile, storedProfileDamage(profile));
    return damages.get(profile) ?? null;
  };
  for (const profile of profiles) damageOf(profile);

  let visible = profiles.filter((profile) => profile.deletedAt === null);
  let visibleById = new Map(visible.map((profile) => [profile.id, profile]));
  const save = (next: StoredProfile[]): void => {
    const sorted = [...next].sort(byOrder);
    store.set('profiles', sorted);
    profiles = sorted;
    visible = profiles.filter((profile) => profile.deletedAt === null);
    visibleById = new Map(visible.map((profile) => [profile.id, profile]));
  };
  const revisionOf = (id: string): number => revisions.get(id) ?? 0;
  const loaded = (profile: StoredProfile): LoadedProfile => ({ profile, revision: revisionOf(profile.id), damage: damageOf(profile) });
  const update = (id: string, change: (profile: StoredProfile) => StoredProfile): boolean => {
    const current = profiles.find((profile) => profile.id === id);
    if (!current) return false;
    const next = change(current);
    save(profiles.map((profile) => (profile.id === id ? next : profile)));
    if (!sameCredentials(current, next)) revisions.set(id, ++lastRevision);
    return true;
  };

  return {
    list: () => visible,
    get: (id) => visibleById.get(id),
    load(id) {
      const profile = visibleById.get(id);
      return profile && loaded(profile);
    },
    loadAll: () => visible.map(loaded),
    getDeleted: (id) => profiles.find((profile) => profile.id === id && profile.deletedAt !== null),
    listDeleted: () => profiles.filter((profile) => profile.deletedAt !== null),
    add(profile) {
      save([...profiles, profile]);
      revisions.set(profile.id, ++lastRevision);
    },
    /** Reaches deleted profiles too, so a deletion can be marked and undone. */
    update,
    updateIf(id, revision, change) {
      if (!visibleById.has(id) || revisionOf(id) !== revision) return null;
      update(id, change);
      return revisionOf(id);
    },
    resealIf(id, revision, encryptedSecret) {
      if (!visibleById.has(id) || revisionOf(id) !== revision) return false;
      save(profiles.map((profile) => (profile.id === id ? { ...profile, encryptedSecret } : profile)));
      return true;
    },
    remove(id) {
      const next = profiles.filter((profile) => profile.id !== id);
      if (next.length === profiles.length) return false;
      save(next);
      revisions.delete(id);
      return true;
    },
    reorder(ids) {
      const rank = new Map(ids.map((id, index) => [id, index]));
      const reordered = [...profiles].sort((a, b) => (rank.get(a.id) ?? ids.length) - (rank.get(b.id) ?? ids.length) || byOrder(a, b));
      save(reordered.map((profile, index) => ({ ...profile, order: index })));
    },
  };
}
