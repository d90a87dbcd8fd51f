// Main's table of credential kinds: each kind's sign-in method, beside the shared table of its fields and words.
import type { CredentialKind, CredentialValues } from '../../../shared/credentials/credential-kinds';
import { clientCredentialsSignIn } from './client-credentials';
import { passwordSignIn } from './password';
import type { SignInMethod } from './sign-in-method';

export const signInMethods: { readonly [K in CredentialKind]: SignInMethod<K> } = { client_credentials: clientCredentialsSignIn, password: passwordSignIn };

/** The kinds a .env file can make, in the table's order. */
export const envFileKinds: readonly SignInMethod<CredentialKind>[] = Object.values(signInMethods).filter((method) => method.envVariables.length > 0) as SignInMethod<CredentialKind>[];

/** The endpoint and JSON body a sign-in with these credentials is sent with. */
export function signInRequest(credentials: CredentialValues): { readonly path: string; readonly body: Record<string, string> } {
  // The table pairs each kind with its own method, so the credentials are always the kind that method takes.
  const method = signInMethods[credentials.kind] as SignInMethod<CredentialKind>;
  return { path: method.path, body: method.body(credentials) };
}
