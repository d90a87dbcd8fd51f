// The stored record for a profile that comes from outside (the form, an import file): what was given, and what the app decides.
import type { ProfileColor } from '../../../shared/profile';
import type { StoredProfile } from './profiles-file';

/** A profile's identity and metadata as given: by the form (a new profile) or an import file (a candidate). */
export type ProfileSource = (
  | { readonly kind: 'client_credentials'; readonly clientId: string; readonly audience: string }
  | { readonly kind: 'password'; readonly username: string }
) & {
  readonly name: string;
  readonly baseUrl: string;
  readonly notes: string;
  readonly tags: readonly string[];
  readonly color: ProfileColor | null;
};

/** The fields the app sets: a new profile's, or those kept from the profile an import replaces. */
type Decided = Pick<StoredProfile, 'id' | 'createdAt' | 'autoRefresh' | 'pinned' | 'order' | 'encryptedSecret'>;

export function newStoredProfile(source: ProfileSource, decided: Decided): StoredProfile {
  const common = { ...decided, name: source.name, baseUrl: source.baseUrl, notes: source.notes, tags: [...source.tags], color: source.color, deletedAt: null };
  return source.kind === 'password'
    ? { kind: 'password', ...common, username: source.username }
    : { kind: 'client_credentials', ...common, clientId: source.clientId, audience: source.audience };
}
