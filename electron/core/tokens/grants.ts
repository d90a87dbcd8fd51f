// The sign-in request a profile makes: from a stored profile and its decrypted secret, or from a form not yet saved.
import { factsOf, secretOf } from '../../../shared/credentials/credential-kinds';
import type { NewProfile } from '../../../shared/profile';
import { signInIdentityOf } from '../profiles/sign-in-identity';
import type { StoredProfile } from '../profiles/profiles-file';
import type { TokenGrant } from './token-client';

export function grantForStoredProfile(profile: StoredProfile, secret: string): TokenGrant {
  return { ...signInIdentityOf(profile), [factsOf(profile.kind).secret.key]: secret } as TokenGrant;
}

export function grantFromNewProfile(input: NewProfile): TokenGrant {
  return grantForStoredProfile(input as unknown as StoredProfile, secretOf(input));
}
