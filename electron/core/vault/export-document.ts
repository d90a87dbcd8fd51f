// The shape of our JSON export (version 2; version 1 files are read too): profile metadata, and optionally the secrets sealed under a passphrase.
import { z } from 'zod';
import { clientCredentials } from '../../../shared/credentials/client-credentials';
import type { CredentialKind } from '../../../shared/credentials/credential-kinds';
import { fieldShapeOf } from '../../../shared/credentials/credential-schemas';
import { password } from '../../../shared/credentials/password';
import { baseUrlSchema, profileNameSchema, notesSchema, profileColorSchema, tagsSchema } from '../../../shared/profile';
import { secretReferenceSchema } from '../../../shared/secret-sources/secret-presets';
import { profileNameKey } from './profile-names';
import { sealedBlobSchema } from './passphrase-envelope';

export const EXPORT_FORMAT = 'butlr-credentials-export';
/**
 * Raise this whenever a field is added (notes, tags, colour, the password kind with its username, …): files are
 * read strictly, so an older app then says "exported by a newer version" instead of dropping what it cannot keep.
 */
export const EXPORT_VERSION = 3;
/** Versions this app reads: 1 (client-credentials metadata only), 2 (adds the password kind, notes, tags, colour) and 3 (secret references). */
export const READABLE_EXPORT_VERSIONS = [1, 2, 3] as const;
export const MAX_EXPORT_PROFILES = 1000;

// Named one by one rather than spread from the create form, so a field added there does not silently change the file
// format; a kind's fields are its own to name (shared/credentials/).
const name = profileNameSchema;
const baseUrl = baseUrlSchema;
/** Version 2 fields; a version 1 file has none of them and reads as empty notes, no tags and no colour. */
const organising = {
  notes: z.optional(notesSchema).transform((notes) => notes ?? ''),
  tags: z.optional(tagsSchema).transform((tags) => tags ?? []),
  color: z.nullable(profileColorSchema).optional().transform((color) => color ?? null),
};

/** Version 3: where the secret is read from, for a team to share (the reference, never its answer). */
const secretReference = { secretReference: z.optional(secretReferenceSchema) };
const exportedSchemaOf = <K extends CredentialKind>({ kind }: { readonly kind: K }) =>
  z.strictObject({ kind: z.literal(kind), name, baseUrl, ...fieldShapeOf(kind), ...organising, ...secretReference });

/** One profile's metadata, never its secret. */
export const exportedProfileSchema = z.discriminatedUnion('kind', [exportedSchemaOf(clientCredentials), exportedSchemaOf(password)]);
export type ExportedProfile = z.output<typeof exportedProfileSchema>;
export type ExportedProfileInput = z.input<typeof exportedProfileSchema>;

export const exportDocumentSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(READABLE_EXPORT_VERSIONS),
    exportedAt: z.iso.datetime({ error: 'should be a date and time like 2025-01-31T09:30:00.000Z.' }),
    profiles: z.array(exportedProfileSchema).max(MAX_EXPORT_PROFILES, `should hold at most ${MAX_EXPORT_PROFILES} profiles.`),
    /** Absent when the file was exported without secrets. */
    secrets: sealedBlobSchema.optional(),
  })
  .superRefine(({ profiles }, context) => {
    const seen = new Map<string, number>();
    profiles.forEach((profile, index) => {
      const key = profileNameKey(profile.name);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else context.addIssue({ code: 'custom', path: ['profiles', index, 'name'], message: `has the same name as profiles[${first}].` });
    });
  });
export type ExportDocument = z.output<typeof exportDocumentSchema>;

/** The decrypted secrets blob: profile index (as a string, because JSON keys are) → that profile's secret. */
export const secretsByIndexSchema = z.record(z.string().regex(/^(0|[1-9]\d*)$/), z.string().min(1).max(4096));

/** Keys that mean someone put a secret into the file in clear, whatever the spelling. */
const SECRET_KEYS = new Set(['clientsecret', 'secret', 'password', 'passphrase', 'token', 'accesstoken', 'refreshtoken', 'idtoken', 'apikey', 'butlrclientsecret']);

/**
 * Where the file holds a secret in plain text, as a path like `profiles[0].clientSecret`, or undefined. Checked
 * before the schema so the person hears "plain-text secret", not "unknown field".
 */
export function findPlainTextSecret(document: Record<string, unknown>): string | undefined {
  const profiles = Array.isArray(document.profiles) ? (document.profiles as unknown[]) : [];
  for (const [index, profile] of profiles.entries()) {
    if (typeof profile !== 'object' || profile === null) continue;
    const key = Object.keys(profile).find((candidate) => SECRET_KEYS.has(candidate.toLowerCase().replace(/[-_]/g, '')));
    if (key !== undefined) return `profiles[${index}].${key}`;
  }
  const { secrets } = document;
  const sealed = typeof secrets === 'object' && secrets !== null && 'ciphertext' in secrets;
  return secrets !== undefined && secrets !== null && !sealed ? 'secrets' : undefined;
}
