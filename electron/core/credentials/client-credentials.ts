// Signing in with client credentials: POST {base}/api/v2/clients/login, and the BUTLR_* variables of Butlr's .env files.
import { DEFAULT_AUDIENCE } from '../../../shared/credentials/client-credentials';
import { DEFAULT_BASE_URL } from '../../../shared/profile';
import type { SignInMethod } from './sign-in-method';

export const clientCredentialsSignIn: SignInMethod<'client_credentials'> = {
  kind: 'client_credentials',
  path: '/api/v2/clients/login',
  body: ({ clientId, clientSecret, audience }) => ({ client_id: clientId, client_secret: clientSecret, audience, grant_type: 'client_credentials' }),
  envVariables: [
    { key: 'BUTLR_CLIENT_ID', field: 'clientId' },
    { key: 'BUTLR_CLIENT_SECRET', field: 'clientSecret' },
    { key: 'BUTLR_BASE_URL', field: 'baseUrl', fallback: DEFAULT_BASE_URL },
    { key: 'BUTLR_AUDIENCE', field: 'audience', fallback: DEFAULT_AUDIENCE },
  ],
};
