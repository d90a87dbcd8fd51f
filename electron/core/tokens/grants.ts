// The sign-in request a profile makes: from a stored profile and its decrypted secret, or from a form not yet saved.
import { factsOf, secretOf } from '../../../shared/credentials/credential-kinds';
import type { NewProfile, NewReferenceProfile } from '../../../shared/profile';
import { canonicalReference } from '../../../shared/secret-sources/secret-presets';
import { signInIdentityOf } from '../profiles/sign-in-identity';
import type { StoredProfile } from '../profiles/profiles-file';
import type { TokenGrant } from './token-client';

export function grantForStoredProfile(profile: StoredProfile, secret: string): TokenGrant {
  return { ...signInIdentityOf(profile), [factsOf(profile.kind).secret.key]: secret } as TokenGrant;
}

export function grantFromNewProfile(input: NewProfile): TokenGrant {
  return grantForStoredProfile(input as unknown as StoredProfile, secretOf(input));
}

/**
 * What a Test of a profile whose secret is a reference is kept under (tested-tokens.ts keeps only a digest of it): the
 * reference in place of the secret, so saving that same reference keeps the token and the secret itself is never held.
 */
export function grantForReference(profile: Omit<NewReferenceProfile, 'name' | 'notes' | 'tags' | 'color'> | StoredProfile, reference: NewReferenceProfile['secretReference']): TokenGrant {
  return grantForStoredProfile(profile as unknown as StoredProfile, `reference:${canonicalReference(reference)}`);
}
