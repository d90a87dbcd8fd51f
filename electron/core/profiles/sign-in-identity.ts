// Who a profile signs in as, and where: two profiles with the same identity may share a saved secret and a token. A saved
// secret and a held token are sealed together with this identity (see security/bound-value.ts), so it is also their binding.
// Which fields besides the base URL make it up is each kind's to say (shared/credentials/).
import { credentialFieldsOf, sameCredentialFields, type CredentialFields } from '../../../shared/credentials/credential-kinds';

export type SignInIdentity = CredentialFields & { readonly baseUrl: string };

export function sameSignInIdentity(a: SignInIdentity, b: SignInIdentity): boolean {
  return a.baseUrl === b.baseUrl && sameCredentialFields(a, b);
}

/** Only the identity's own fields, from anything that carries them (a stored profile, a candidate): what gets sealed. */
export function signInIdentityOf(profile: SignInIdentity): SignInIdentity {
  const { kind, ...fields } = credentialFieldsOf(profile);
  return { kind, baseUrl: profile.baseUrl, ...fields } as SignInIdentity;
}
