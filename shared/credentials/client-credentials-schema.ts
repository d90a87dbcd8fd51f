// What a person may type into a client-credentials profile, with the form's messages (zod/mini: the renderer ships it).
import { z } from '../zod-mini';

export const clientCredentialsSchema = {
  clientId: z.string().check(z.trim(), z.minLength(1, 'Enter the client ID.'), z.maxLength(256, 'That client ID is too long.')),
  clientSecret: z.string().check(z.minLength(1, 'Enter the client secret.'), z.maxLength(4096, 'That client secret is too long.')),
  audience: z.string().check(z.trim(), z.minLength(1, 'Enter the audience, usually https://butlrauth/.'), z.maxLength(2048, 'That audience is too long.')),
};
