// What main knows about a credential kind beside its fields, words and schemas (shared/credentials/, which the renderer
// reads too): the request that signs in with it, and the .env variables that make one (shared, as the form reads them too).
import type { CredentialInputOf, CredentialKind, CredentialValues } from '../../../shared/credentials/credential-kinds';
import type { EnvVariable } from '../../../shared/credentials/env-variables';

export type { EnvVariable };

export interface SignInMethod<K extends CredentialKind> {
  readonly kind: K;
  /** Butlr's login endpoint for this kind, under the profile's base URL. */
  readonly path: string;
  /** The JSON body that endpoint takes. */
  body(credentials: CredentialValues<K>): Record<string, string>;
  /** The .env variables that make a profile of this kind, in the order their problems are listed; empty: none do. */
  readonly envVariables: readonly EnvVariable<CredentialInputOf<K>>[];
}
