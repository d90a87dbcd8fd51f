// Signing in with a username and password: POST {base}/api/v2/login. Butlr's .env files have no names for it.
import { envVariables } from '../../../shared/credentials/env-variables';
import type { SignInMethod } from './sign-in-method';

export const passwordSignIn: SignInMethod<'password'> = {
  kind: 'password',
  path: '/api/v2/login',
  body: ({ username, password }) => ({ username, password }),
  envVariables: envVariables.password,
};
