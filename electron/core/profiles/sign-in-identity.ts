// Who a profile signs in as, and where: two profiles with the same identity may share a saved secret and a token. A saved
// secret and a held token are sealed together with this identity (see security/bound-value.ts), so it is also their binding.
export type SignInIdentity =
  | { readonly kind: 'client_credentials'; readonly baseUrl: string; readonly clientId: string; readonly audience: string }
  | { readonly kind: 'password'; readonly baseUrl: string; readonly username: string };

export function sameSignInIdentity(a: SignInIdentity, b: SignInIdentity): boolean {
  if (a.baseUrl !== b.baseUrl) return false;
  if (a.kind === 'password') return b.kind === 'password' && a.username === b.username;
  return b.kind === 'client_credentials' && a.clientId === b.clientId && a.audience === b.audience;
}

/** Only the identity's own fields, from anything that carries them (a stored profile, a candidate): what gets sealed. */
export function signInIdentityOf(profile: SignInIdentity): SignInIdentity {
  return profile.kind === 'password'
    ? { kind: 'password', baseUrl: profile.baseUrl, username: profile.username }
    : { kind: 'client_credentials', baseUrl: profile.baseUrl, clientId: profile.clientId, audience: profile.audience };
}
