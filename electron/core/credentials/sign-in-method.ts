// What main alone knows about a credential kind: the request that signs in with it, and how a .env file spells it. Its
// fields, words and schemas are in shared/credentials/, which the renderer reads too.
import type { CredentialInputOf, CredentialKind, CredentialValues } from '../../../shared/credentials/credential-kinds';

/** A variable Butlr's own tools read from a .env file, and the profile input it fills. */
export interface EnvVariable<F extends string> {
  readonly key: string;
  readonly field: F | 'baseUrl';
  /** Used when the file does not set it; without one, the variable must be there. */
  readonly fallback?: string;
}

export interface SignInMethod<K extends CredentialKind> {
  readonly kind: K;
  /** Butlr's login endpoint for this kind, under the profile's base URL. */
  readonly path: string;
  /** The JSON body that endpoint takes. */
  body(credentials: CredentialValues<K>): Record<string, string>;
  /** The .env variables that make a profile of this kind, in the order their problems are listed; empty: none do. */
  readonly envVariables: readonly EnvVariable<CredentialInputOf<K>>[];
}
