// Signing in with client credentials: POST {base}/api/v2/clients/login, and the BUTLR_* variables of Butlr's .env files.
import { envVariables } from '../../../shared/credentials/env-variables';
import type { SignInMethod } from './sign-in-method';

export const clientCredentialsSignIn: SignInMethod<'client_credentials'> = {
  kind: 'client_credentials',
  path: '/api/v2/clients/login',
  body: ({ clientId, clientSecret, audience }) => ({ client_id: clientId, client_secret: clientSecret, audience, grant_type: 'client_credentials' }),
  envVariables: envVariables.client_credentials,
};
