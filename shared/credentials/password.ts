// The username-and-password kind: supported, not recommended (RFC 9700 advises against the grant). Its schema is in
// password-schema.ts, its sign-in request in electron/core/credentials/password.ts.
import { defineCredentialKind } from './credential-kind';

export const password = defineCredentialKind({
  kind: 'password',
  label: 'Username and password',
  choiceLabel: 'Username and password',
  adjective: 'username-and-password',
  caution:
    'Client credentials are recommended: current OAuth guidance (RFC 9700) advises against signing in with a username and password. Use that kind only when you cannot create an API token.',
  fields: [{ key: 'username', label: 'Username', name: 'username', hint: 'The email you sign in to Butlr with.' }],
  principal: 'username',
  secret: { key: 'password', label: 'Password', name: 'password', word: 'password' },
  rejectedHint: 'the username and password',
});
