// Each kind's input schemas, and the shapes shared/profile.ts and main build their discriminated unions from. Kept apart
// from credential-kinds.ts so that the board, which only needs words and principals, loads no zod before its first paint.
import { z } from '../zod-mini';
import { clientCredentialsSchema } from './client-credentials-schema';
import { credentialKindList, factsOf, inputsOf, type CredentialFieldName, type CredentialFieldOf, type CredentialInputOf, type CredentialKind } from './credential-kinds';
import { passwordSchema } from './password-schema';

type InputSchema = z.ZodMiniString<string>;

export const credentialSchemas = { client_credentials: clientCredentialsSchema, password: passwordSchema } satisfies {
  readonly [K in CredentialKind]: { readonly [F in CredentialInputOf<K>]: InputSchema };
};

const pick = (kind: CredentialKind, keys: readonly string[]): Record<string, InputSchema> => {
  const schemas: Record<string, InputSchema> = credentialSchemas[kind];
  return Object.fromEntries(keys.map((key) => [key, schemas[key] as InputSchema]));
};

/** A kind's inputs with their schemas, in the form's order (fields, secret, Advanced fields): a new profile's credentials. */
export function inputShapeOf<K extends CredentialKind>(kind: K): { readonly [F in CredentialInputOf<K>]: InputSchema } {
  return pick(kind, inputsOf(kind).map((input) => input.key)) as { readonly [F in CredentialInputOf<K>]: InputSchema };
}

/** A kind's fields (no secret) with their schemas, in stored order: what an export file holds. */
export function fieldShapeOf<K extends CredentialKind>(kind: K): { readonly [F in CredentialFieldOf<K>]: InputSchema } {
  return pick(kind, factsOf(kind).fields.map((field) => field.key)) as { readonly [F in CredentialFieldOf<K>]: InputSchema };
}

/** A kind's fields as plain strings, in stored order: what the renderer's view of a profile carries. */
export function plainFieldShapeOf<K extends CredentialKind>(kind: K): { readonly [F in CredentialFieldOf<K>]: InputSchema } {
  return Object.fromEntries(factsOf(kind).fields.map((field) => [field.key, z.string()])) as { readonly [F in CredentialFieldOf<K>]: InputSchema };
}

/** Every kind's fields with their schemas: an edit may name any of them, and main refuses one the profile's kind has not. */
export const anyFieldShape = Object.assign({}, ...credentialKindList.map((facts) => fieldShapeOf(facts.kind))) as { readonly [F in CredentialFieldName]: InputSchema };

/** One input's schema, e.g. to check a single value read from a file. */
export function inputSchemaOf<K extends CredentialKind>(kind: K, key: CredentialInputOf<K>): InputSchema {
  return inputShapeOf(kind)[key];
}
