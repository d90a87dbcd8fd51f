// What a credential profile is, as the renderer may see it and as a person types it in; secrets appear only in the "new" shape.
import { z } from 'zod';
import { tokenInfoSchema } from './token-info';

export const DEFAULT_BASE_URL = 'https://api.butlr.io';
export const DEFAULT_AUDIENCE = 'https://butlrauth/';
export const PROFILE_NAME_MAX_LENGTH = 80;

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
/** 127.0.0.0/8 as the URL parser spells it (it normalises `127.1` to `127.0.0.1`); not any name starting with "127.". */
const LOOPBACK_IPV4 = /^127(\.\d{1,3}){3}$/;

export const profileIdSchema = z.uuid('That profile id is not one this app made.');

export const profileNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the profile a name.')
  .max(PROFILE_NAME_MAX_LENGTH, `Keep the name under ${PROFILE_NAME_MAX_LENGTH + 1} characters.`);

/**
 * A Butlr API base URL. Secrets only ever travel over https; plain http is allowed for
 * loopback hosts so a local test server can stand in for Butlr.
 */
export const baseUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the API base URL, for example https://api.butlr.io.')
  .transform((text, context) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      context.addIssue({ code: 'custom', message: 'That is not a URL. Use the form https://api.butlr.io.' });
      return z.NEVER;
    }
    const isLoopback = LOOPBACK_HOSTS.has(url.hostname) || LOOPBACK_IPV4.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback)) {
      context.addIssue({ code: 'custom', message: 'Use an https:// address; plain http is only allowed for this computer (localhost).' });
      return z.NEVER;
    }
    if (url.username || url.password || url.search || url.hash) {
      context.addIssue({ code: 'custom', message: 'Leave credentials, query and fragment out of the base URL.' });
      return z.NEVER;
    }
    return url.origin + url.pathname.replace(/\/+$/, '');
  });

const clientIdSchema = z.string().trim().min(1, 'Enter the client ID.').max(256, 'That client ID is too long.');
const clientSecretSchema = z.string().min(1, 'Enter the client secret.').max(4096, 'That client secret is too long.');
const audienceSchema = z.string().trim().min(1, 'Enter the audience, usually https://butlrauth/.').max(2048, 'That audience is too long.');

/** What a person submits to create a client-credentials profile: the only shape that carries a secret to main. */
export const newClientCredentialsProfileSchema = z.object({
  kind: z.literal('client_credentials'),
  name: profileNameSchema,
  baseUrl: baseUrlSchema,
  clientId: clientIdSchema,
  clientSecret: clientSecretSchema,
  audience: audienceSchema,
});
export const newProfileSchema = z.discriminatedUnion('kind', [newClientCredentialsProfileSchema]);
export type NewProfile = z.infer<typeof newProfileSchema>;
export type NewProfileInput = z.input<typeof newProfileSchema>;

/** Whether main holds a usable secret for the profile; the secret itself never leaves main. */
export const secretStateSchema = z.enum(['set', 'unreadable']);
export type SecretState = z.infer<typeof secretStateSchema>;

const clientCredentialsProfileViewSchema = z.object({
  id: profileIdSchema,
  kind: z.literal('client_credentials'),
  name: z.string(),
  baseUrl: z.string(),
  clientId: z.string(),
  audience: z.string(),
  createdAt: z.number(),
  secret: secretStateSchema,
  token: tokenInfoSchema,
  autoRefresh: z.boolean(),
  /** When auto-refresh will next renew the token; null when it is off, paused or has nothing planned. */
  nextRefreshAt: z.number().nullable(),
});
export const profileViewSchema = z.discriminatedUnion('kind', [clientCredentialsProfileViewSchema]);
export type ProfileView = z.infer<typeof profileViewSchema>;
