// profiles.json: its record schema, its version, and the migrations that bring older files up to date.
import { z } from 'zod';
import { clientCredentials } from '../../../shared/credentials/client-credentials';
import { password } from '../../../shared/credentials/password';
import { profileColorSchema } from '../../../shared/profile';
import { secretReferenceSchema } from '../../../shared/secret-sources/secret-presets';
import { storedShapeOf } from '../credentials/stored-shape';
import { markUnbound } from '../security/bound-value';
import type { StoreSpec } from '../storage/store-spec';

const storedFields = {
  id: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  createdAt: z.number(),
  autoRefresh: z.boolean(),
  notes: z.string(),
  tags: z.array(z.string()),
  color: z.nullable(profileColorSchema),
  /** Pinned profiles sit at the top of the board. */
  pinned: z.boolean(),
  /** Position in the list, ascending; ties keep creation order. */
  order: z.number(),
  /**
   * safeStorage ciphertext (see secret-cipher.ts) of the client secret or the password sealed with the sign-in identity it
   * was entered for (see bound-value.ts); null when there is none, e.g. after the base URL changed and the secret was
   * cleared so it could never be sent to the new host.
   */
  encryptedSecret: z.string().nullable(),
  /** Set while a deletion can still be undone; such a profile is hidden, and purged when the undo window ends. */
  deletedAt: z.number().nullable(),
  /**
   * "Let scripts get this token without asking": `butlr-cred` gets the token with no consent dialog. Absent means off, so
   * no migration: set only from the app's own window, never over the CLI's channel, and never by an import or a duplicate.
   */
  scriptsWithoutAsking: z.boolean().optional(),
  /**
   * Where the secret comes from when it is not stored: a secret manager's command (shared/secret-sources/). Absent means
   * stored, so no migration. With one, `encryptedSecret` seals the reference as the person confirmed it for this
   * identity; null: not confirmed yet (imported, or the base URL or audience changed), and it does not run.
   */
  secretReference: z.optional(secretReferenceSchema),
};
/** One record per kind: the kind's fields (shared/credentials/), then what every profile stores. */
export const storedProfileSchema = z.discriminatedUnion('kind', [z.object({ ...storedShapeOf(clientCredentials), ...storedFields }), z.object({ ...storedShapeOf(password), ...storedFields })]);
export type StoredProfile = z.infer<typeof storedProfileSchema>;

export const PROFILES_SCHEMA_VERSION = 3;

export interface ProfilesFile extends Record<string, unknown> {
  version: number;
  profiles: StoredProfile[];
}
export const profilesFileDefaults: ProfilesFile = { version: PROFILES_SCHEMA_VERSION, profiles: [] };

/** v1 → v2: profiles gained notes, tags, a colour, a manual order and the auto-refresh flag; the password kind appeared. */
function addOrganisingFields(file: Record<string, unknown>): Record<string, unknown> {
  const profiles = file.profiles;
  if (!Array.isArray(profiles)) return file;
  return {
    ...file,
    profiles: profiles.map((profile: unknown, index) =>
      typeof profile === 'object' && profile !== null ? { autoRefresh: false, notes: '', tags: [], color: null, pinned: false, order: index, deletedAt: null, ...profile } : profile,
    ),
  };
}

/** v2 → v3: secrets are sealed with their sign-in identity; the ones sealed before are marked to be bound at first use. */
function markSecretsUnbound(file: Record<string, unknown>): Record<string, unknown> {
  const profiles = file.profiles;
  if (!Array.isArray(profiles)) return file;
  return {
    ...file,
    profiles: profiles.map((profile: unknown) => {
      if (typeof profile !== 'object' || profile === null) return profile;
      const { encryptedSecret } = profile as { encryptedSecret?: unknown };
      return typeof encryptedSecret === 'string' ? { ...profile, encryptedSecret: markUnbound(encryptedSecret) } : profile;
    }),
  };
}

export const profilesFileSpec: StoreSpec = {
  name: 'profiles',
  version: PROFILES_SCHEMA_VERSION,
  migrations: { 1: addOrganisingFields, 2: markSecretsUnbound },
  records: { key: 'profiles', layout: 'array', schema: storedProfileSchema },
};
