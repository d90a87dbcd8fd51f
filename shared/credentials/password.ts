// The username-and-password kind: supported, not recommended (RFC 9700 advises against the grant). Its schema is in
// password-schema.ts, its sign-in request in electron/core/credentials/password.ts.
import { defineCredentialKind } from './credential-kind';

export const password = defineCredentialKind({
  kind: 'password',
  label: 'Username and password',
  switchLabel: 'Use a username and password instead',
  adjective: 'username-and-password',
  formIntro: 'Enter the username and password you sign in to Butlr with.',
  caution:
    'Only if you cannot get a client ID and secret: signing in with a person’s password is less safe, and current OAuth advice (RFC 9700) is against it.',
  fields: [{ key: 'username', label: 'Username', name: 'username', hint: 'The email you sign in to Butlr with.' }],
  principal: 'username',
  secret: { key: 'password', label: 'Password', name: 'password', word: 'password' },
  rejectedHint: 'the username and password',
});
