// The sign-in request a profile makes: from a stored profile and its decrypted secret, or from a form not yet saved.
import type { NewProfile } from '../../../shared/profile';
import type { StoredProfile } from '../profiles/profiles-file';
import type { TokenGrant } from './token-client';

export function grantForStoredProfile(profile: StoredProfile, secret: string): TokenGrant {
  return profile.kind === 'password'
    ? { kind: 'password', baseUrl: profile.baseUrl, username: profile.username, password: secret }
    : { kind: 'client_credentials', baseUrl: profile.baseUrl, clientId: profile.clientId, clientSecret: secret, audience: profile.audience };
}

export function grantFromNewProfile(input: NewProfile): TokenGrant {
  return input.kind === 'password'
    ? { kind: 'password', baseUrl: input.baseUrl, username: input.username, password: input.password }
    : { kind: 'client_credentials', baseUrl: input.baseUrl, clientId: input.clientId, clientSecret: input.clientSecret, audience: input.audience };
}
