// The variables Butlr's own tools read from a .env file, per kind, and the profile input each fills. Main's .env import
// and the profile form (a pasted block of them) both read this table.
import { DEFAULT_BASE_URL } from '../profile';
import { DEFAULT_AUDIENCE } from './client-credentials';
import type { CredentialInputOf, CredentialKind } from './credential-kinds';

/** A variable Butlr's own tools read from a .env file, and the profile input it fills. */
export interface EnvVariable<F extends string> {
  readonly key: string;
  readonly field: F | 'baseUrl';
  /** Used when the file does not set it; without one, the variable must be there. */
  readonly fallback?: string;
}

/** In the order an import lists their problems; a kind with none cannot be made from a .env file. */
export const envVariables: { readonly [K in CredentialKind]: readonly EnvVariable<CredentialInputOf<K>>[] } = {
  client_credentials: [
    { key: 'BUTLR_CLIENT_ID', field: 'clientId' },
    { key: 'BUTLR_CLIENT_SECRET', field: 'clientSecret' },
    { key: 'BUTLR_BASE_URL', field: 'baseUrl', fallback: DEFAULT_BASE_URL },
    { key: 'BUTLR_AUDIENCE', field: 'audience', fallback: DEFAULT_AUDIENCE },
  ],
  // Butlr's .env files have no names for a username and password.
  password: [],
};
