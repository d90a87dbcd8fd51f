// The client-credentials kind, Butlr's recommended API token: its inputs and its words. Its schema is in
// client-credentials-schema.ts, its sign-in request and .env names in electron/core/credentials/client-credentials.ts.
import { defineCredentialKind } from './credential-kind';

export const DEFAULT_AUDIENCE = 'https://butlrauth/';

export const clientCredentials = defineCredentialKind({
  kind: 'client_credentials',
  label: 'Client credentials',
  switchLabel: 'Use a client ID and secret instead',
  adjective: 'client-credentials',
  formIntro: 'Paste the details of a Butlr API token.',
  caution: null,
  fields: [
    { key: 'clientId', label: 'Client ID', name: 'client ID', machineMade: true },
    {
      key: 'audience',
      label: 'Audience',
      name: 'audience',
      hint: 'Leave as is unless Butlr support told you otherwise.',
      advanced: true,
      server: true,
      initial: DEFAULT_AUDIENCE,
    },
  ],
  principal: 'clientId',
  secret: { key: 'clientSecret', label: 'Client secret', name: 'client secret', word: 'secret', machineMade: true },
  rejectedHint: 'the client ID and secret',
});
