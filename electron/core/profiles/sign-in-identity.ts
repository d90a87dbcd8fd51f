// Who a profile signs in as, and where: two profiles with the same identity may share a saved secret and a token.
export type SignInIdentity =
  | { readonly kind: 'client_credentials'; readonly baseUrl: string; readonly clientId: string; readonly audience: string }
  | { readonly kind: 'password'; readonly baseUrl: string; readonly username: string };

export function sameSignInIdentity(a: SignInIdentity, b: SignInIdentity): boolean {
  if (a.baseUrl !== b.baseUrl) return false;
  if (a.kind === 'password') return b.kind === 'password' && a.username === b.username;
  return b.kind === 'client_credentials' && a.clientId === b.clientId && a.audience === b.audience;
}
