// What a credential profile is, as the renderer may see it and as a person types it in; secrets appear only in the "new" shape.
import { z } from './zod-mini';
import { baseUrlSchema } from './base-url';
import { appErrorSchema } from './app-error';
import { tokenInfoSchema } from './token-info';
import { clientCredentials, DEFAULT_AUDIENCE } from './credentials/client-credentials';
import type { CredentialKind } from './credentials/credential-kinds';
import { anyFieldShape, fieldShapeOf, inputShapeOf, plainFieldShapeOf } from './credentials/credential-schemas';
import { secretReferenceSchema, type SecretReference } from './secret-sources/secret-presets';
import { password } from './credentials/password';

/** The base URL rule has its own module; re-exported so the profile's fields can be found in one place. */
export { baseUrlSchema, DEFAULT_AUDIENCE };

export const DEFAULT_BASE_URL = 'https://api.butlr.io';
export const PROFILE_NAME_MAX_LENGTH = 80;

export const profileIdSchema = z.uuid('That profile id is not one this app made.');

export const profileNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'Give the profile a name.'), z.maxLength(PROFILE_NAME_MAX_LENGTH, `Keep the name under ${PROFILE_NAME_MAX_LENGTH + 1} characters.`));

/** The colours a profile can be marked with; the renderer maps each to a light and a dark shade. */
export const profileColors = ['slate', 'blue', 'teal', 'green', 'amber', 'orange', 'red', 'purple'] as const;
export const profileColorSchema = z.enum(profileColors);
export type ProfileColor = z.infer<typeof profileColorSchema>;

export const PROFILE_NOTES_MAX_LENGTH = 2000;
export const PROFILE_TAGS_MAX = 10;

const tagSchema = z.string().check(z.trim(), z.minLength(1, 'A tag cannot be empty.'), z.maxLength(32, 'Keep each tag under 33 characters.'));
/** Tags, trimmed, without repeats (ignoring case), at most ten. */
export const tagsSchema = z.pipe(
  z.array(tagSchema).check(z.maxLength(PROFILE_TAGS_MAX, `At most ${PROFILE_TAGS_MAX} tags.`)),
  z.transform((tags: string[]) => tags.filter((tag, index) => tags.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === index)),
);
export const notesSchema = z.string().check(z.maxLength(PROFILE_NOTES_MAX_LENGTH, `Keep notes under ${PROFILE_NOTES_MAX_LENGTH + 1} characters.`));

/** What every profile carries besides its credentials. */
const organisingFields = {
  notes: z._default(notesSchema, ''),
  tags: z._default(tagsSchema, []),
  color: z._default(z.nullable(profileColorSchema), null),
};

/** What a person submits to create a profile of a kind (credentials/): the only shape that carries a secret to main. */
const newProfileSchemaOf = <K extends CredentialKind>({ kind }: { readonly kind: K }) =>
  z.strictObject({ kind: z.literal(kind), name: profileNameSchema, baseUrl: baseUrlSchema, ...inputShapeOf(kind), ...organisingFields });
export const newClientCredentialsProfileSchema = newProfileSchemaOf(clientCredentials);
/** Supported, but client credentials are recommended (RFC 9700 advises against this grant). */
export const newPasswordProfileSchema = newProfileSchemaOf(password);
export const newProfileSchema = z.discriminatedUnion('kind', [newClientCredentialsProfileSchema, newPasswordProfileSchema]);
/** A new profile with its secret typed in (stored). */
export type NewProfile = z.infer<typeof newProfileSchema>;
export type NewProfileInput = z.input<typeof newProfileSchema>;

/** A new profile whose secret is read from the team's secret manager (shared/secret-sources/): the reference, no secret. */
const newReferenceProfileSchemaOf = <K extends CredentialKind>({ kind }: { readonly kind: K }) =>
  z.strictObject({ kind: z.literal(kind), name: profileNameSchema, baseUrl: baseUrlSchema, ...fieldShapeOf(kind), secretReference: secretReferenceSchema, ...organisingFields });
export const newReferenceProfileSchema = z.discriminatedUnion('kind', [newReferenceProfileSchemaOf(clientCredentials), newReferenceProfileSchemaOf(password)]);
export type NewReferenceProfile = z.infer<typeof newReferenceProfileSchema>;
export type NewReferenceProfileInput = z.input<typeof newReferenceProfileSchema>;

/** What the form creates or tests: a profile with its secret, or with a reference to it (each on a channel of its own). */
export type AnyNewProfile = NewProfile | NewReferenceProfile;

/** Whether a new profile's secret comes from a secret manager rather than being typed in. */
export const isReferenceProfile = (input: AnyNewProfile): input is NewReferenceProfile => (input as { secretReference?: SecretReference }).secretReference !== undefined;

/**
 * Names a token the form's Test fetched, which main keeps for a few minutes: 32 random bytes, base64url. Main keeps the
 * token only for a save of exactly the credentials tested; any other handle is ignored, never an error.
 */
export const testedTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
const withTestedToken = { testedToken: z.optional(testedTokenSchema) };
/** What createProfile takes: a new profile, and the handle of the token a Test of it fetched, if any. */
export const newProfileRequestSchema = z.discriminatedUnion('kind', [
  z.extend(newClientCredentialsProfileSchema, withTestedToken),
  z.extend(newPasswordProfileSchema, withTestedToken),
]);
/**
 * Names a custom command the person allowed in main's own dialog on the form's Test (same form as testedTokenSchema): a
 * Save of exactly that command for exactly that profile is not asked again; any other handle just means asking again.
 */
export const allowedCommandSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
const withAllowedCommand = { allowedCommand: z.optional(allowedCommandSchema) };
/** The same for a profile whose secret is a reference: the handles are of a Test of that reference. */
export const newReferenceProfileRequestSchema = z.discriminatedUnion('kind', [
  z.extend(newReferenceProfileSchemaOf(clientCredentials), { ...withTestedToken, ...withAllowedCommand }),
  z.extend(newReferenceProfileSchemaOf(password), { ...withTestedToken, ...withAllowedCommand }),
]);

/**
 * A change to a profile. `secret` replaces the stored client secret or password; it is never read back. Changing
 * `baseUrl` or `audience` without a new secret clears the stored one, so a saved secret never goes to another server.
 */
export const profileChangesSchema = z.partial(
  z.strictObject({
    name: profileNameSchema,
    baseUrl: baseUrlSchema,
    ...anyFieldShape,
    secret: z.string().check(z.minLength(1, 'Enter the secret, or leave the field empty to keep the saved one.'), z.maxLength(4096, 'That secret is too long.')),
    /** The secret is read from this reference from now on (confirmed by the person for the profile as edited); `secret` goes back to a stored one. */
    secretReference: secretReferenceSchema,
    notes: notesSchema,
    tags: tagsSchema,
    color: z.nullable(profileColorSchema),
    pinned: z.boolean(),
  }),
);
export type ProfileChanges = z.infer<typeof profileChangesSchema>;
export type ProfileChangesInput = z.input<typeof profileChangesSchema>;

/**
 * Whether main holds a usable secret for the profile: set, missing (cleared, or never given), unreadable on this machine,
 * server_changed: sealed for another server or identity than the profile now names (profiles.json was edited outside the app),
 * or waiting: the system keyring is locked or not ready yet, so it cannot be read now; main tries again on its own.
 */
export const secretStateSchema = z.enum(['set', 'missing', 'unreadable', 'server_changed', 'waiting']);
export type SecretState = z.infer<typeof secretStateSchema>;

const profileViewFields = {
  id: profileIdSchema,
  name: z.string(),
  baseUrl: z.string(),
  createdAt: z.number(),
  notes: z.string(),
  tags: z.array(z.string()),
  color: z.nullable(profileColorSchema),
  pinned: z.boolean(),
  /** When a token of this profile was last handed out (copied anywhere, or fetched with Get token); null: never. */
  lastUsedAt: z.nullable(z.number()),
  secret: secretStateSchema,
  /** Why the stored profile is not used (it fails the rules the form applies, e.g. a base URL edited outside the app); null: it is fine. */
  damage: z.nullable(appErrorSchema),
  token: tokenInfoSchema,
  autoRefresh: z.boolean(),
  /** When auto-refresh will next renew the token; null when it is off, paused or has nothing planned. */
  nextRefreshAt: z.nullable(z.number()),
  /** Where the secret is read from when it is not stored; `secret` then says whether the reference is confirmed ('set') or not ('missing'). */
  secretReference: z.optional(secretReferenceSchema),
};
const profileViewSchemaOf = <K extends CredentialKind>({ kind }: { readonly kind: K }) => z.object({ kind: z.literal(kind), ...plainFieldShapeOf(kind), ...profileViewFields });
/** A profile as the renderer sees it, in list order. */
export const profileViewSchema = z.discriminatedUnion('kind', [profileViewSchemaOf(clientCredentials), profileViewSchemaOf(password)]);
export type ProfileView = z.infer<typeof profileViewSchema>;

/** The first screenful of the board and how many profiles there are in all (the contract's listFirstProfiles). */
export const firstProfilesSchema = z.object({ profiles: z.array(profileViewSchema), total: z.int().check(z.nonnegative()) });
export type FirstProfiles = z.infer<typeof firstProfilesSchema>;
