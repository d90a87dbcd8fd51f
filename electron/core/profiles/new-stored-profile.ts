// The stored record for a profile that comes from outside (the form, an import file): what was given, and what the app decides.
import { credentialFieldsOf, type CredentialFields } from '../../../shared/credentials/credential-kinds';
import type { ProfileColor } from '../../../shared/profile';
import type { SecretReference } from '../../../shared/secret-sources/secret-presets';
import type { StoredProfile } from './profiles-file';

/** A profile's identity and metadata as given: by the form (a new profile) or an import file (a candidate). */
export type ProfileSource = CredentialFields & {
  readonly name: string;
  readonly baseUrl: string;
  readonly notes: string;
  readonly tags: readonly string[];
  readonly color: ProfileColor | null;
  /** Where the secret is read from; absent: the secret is stored. */
  readonly secretReference?: SecretReference | undefined;
};

/** The fields the app sets: a new profile's, or those kept from the profile an import replaces. */
type Decided = Pick<StoredProfile, 'id' | 'createdAt' | 'autoRefresh' | 'pinned' | 'order' | 'encryptedSecret'>;

export function newStoredProfile(source: ProfileSource, decided: Decided): StoredProfile {
  const common = { ...decided, name: source.name, baseUrl: source.baseUrl, notes: source.notes, tags: [...source.tags], color: source.color, deletedAt: null };
  const { kind, ...fields } = credentialFieldsOf(source);
  const reference = source.secretReference === undefined ? {} : { secretReference: source.secretReference };
  return { kind, ...common, ...fields, ...reference } as StoredProfile;
}
