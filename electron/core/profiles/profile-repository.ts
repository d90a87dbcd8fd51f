// Profiles on disk: metadata in clear, the secret only as safeStorage ciphertext.
import { z } from 'zod';
import type { KeyValueStore } from '../storage/key-value-store';

const storedClientCredentialsProfileSchema = z.object({
  id: z.string(),
  kind: z.literal('client_credentials'),
  name: z.string(),
  baseUrl: z.string(),
  clientId: z.string(),
  audience: z.string(),
  createdAt: z.number(),
  /** Renew the token ahead of expiry. Added after version 1 shipped; older records read as off. */
  autoRefresh: z.boolean().default(false),
  /** safeStorage ciphertext of the client secret (see secret-cipher.ts). */
  encryptedSecret: z.string(),
});
export const storedProfileSchema = z.discriminatedUnion('kind', [storedClientCredentialsProfileSchema]);
export type StoredProfile = z.infer<typeof storedProfileSchema>;

export const PROFILES_SCHEMA_VERSION = 1;
export interface ProfilesFile extends Record<string, unknown> {
  version: number;
  profiles: StoredProfile[];
}
export const profilesFileDefaults: ProfilesFile = { version: PROFILES_SCHEMA_VERSION, profiles: [] };

export interface ProfileRepository {
  list(): readonly StoredProfile[];
  get(id: string): StoredProfile | undefined;
  add(profile: StoredProfile): void;
  /** Changes some fields of one profile; false when there is no such profile. */
  update(id: string, changes: Partial<Pick<StoredProfile, 'encryptedSecret' | 'autoRefresh'>>): boolean;
  remove(id: string): boolean;
}

export function createProfileRepository(store: KeyValueStore<ProfilesFile>): ProfileRepository {
  // Parsed once and kept: reads are hot (every list), writes are rare.
  let profiles: StoredProfile[] = z.array(storedProfileSchema).parse(store.get('profiles') ?? []);
  const save = (next: StoredProfile[]): void => {
    store.set('profiles', next);
    profiles = next;
  };
  return {
    list: () => profiles,
    get: (id) => profiles.find((profile) => profile.id === id),
    add: (profile) => save([...profiles, profile]),
    update(id, changes) {
      if (!profiles.some((profile) => profile.id === id)) return false;
      save(profiles.map((profile) => (profile.id === id ? { ...profile, ...changes } : profile)));
      return true;
    },
    remove(id) {
      const next = profiles.filter((profile) => profile.id !== id);
      if (next.length === profiles.length) return false;
      save(next);
      return true;
    },
  };
}
