// Where a profile's secret comes from: `stored` (the secret itself, sealed with safeStorage) or `reference` (a secret
// manager's command; what is sealed is the reference, so the person's confirmation of it is bound to the server like a
// secret is). Whatever differs by source is asked of this table, not tested for in the code that handles profiles.
import type { AppError } from '../../../shared/app-error';
import { fail, ok, type Result } from '../../../shared/result';
import { canonicalReference, type SecretReference } from '../../../shared/secret-sources/secret-presets';
import { serverChanged, type SealPurpose } from '../security/bound-value';
import type { StoredProfile } from '../profiles/profiles-file';
import { secretMissing } from '../tokens/token-errors';
import { referenceChanged, referenceUnconfirmed } from './reference-errors';
import type { ReferenceResolver } from './reference-resolver';

export type SecretSourceName = 'stored' | 'reference';

export interface SecretSource {
  /** Whether what opened from `encryptedSecret` is still good for the profile as stored, without running anything. */
  matches(profile: StoredProfile, opened: string): boolean;
  /** The secret a sign-in sends, from what opened: the value itself, or the manager's answer now. */
  reveal(profile: StoredProfile, opened: string): Promise<Result<string>>;
  /** Nothing sealed: why. */
  missing(profile: StoredProfile): AppError;
  /** Sealed for another server or identity, or (a reference) not the one confirmed: changed outside the app. */
  changed(): AppError;
  /** Whether a sign-in Butlr rejected may be tried once more with the secret read again (it may have been rotated). */
  readonly readsAgain: boolean;
  /** What `encryptedSecret` is sealed as, so a value sealed for another field (or the other source) does not open there. */
  readonly purpose: Extract<SealPurpose, 'secret' | 'reference'>;
}

export const secretSourceOf = (profile: { readonly secretReference?: SecretReference | undefined }): SecretSourceName =>
  profile.secretReference === undefined ? 'stored' : 'reference';

export function createSecretSources(resolver: ReferenceResolver): { readonly [S in SecretSourceName]: SecretSource } {
  return {
    stored: {
      matches: () => true,
      reveal: async (_profile, opened) => ok(opened),
      missing: secretMissing,
      changed: serverChanged,
      readsAgain: false,
      purpose: 'secret',
    },
    reference: {
      // What opened is the reference a person confirmed (ProfileSecrets.confirm), never its answer: that is written nowhere.
      matches: (profile, opened) => profile.secretReference !== undefined && opened === canonicalReference(profile.secretReference),
      async reveal(profile, opened) {
        // A reference changed outside the app (profiles.json) is not the one confirmed: it never runs.
        if (profile.secretReference === undefined || opened !== canonicalReference(profile.secretReference)) return fail(referenceChanged());
        return resolver.resolve(profile.id, profile.secretReference);
      },
      missing: referenceUnconfirmed,
      changed: referenceChanged,
      readsAgain: true,
      purpose: 'reference',
    },
  };
}
