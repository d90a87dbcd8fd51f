// A kind and its fields as plain strings (classic zod): how main reads them back from its own files, profiles.json and
// the binding sealed with a secret or a token. What a person types is checked by shared/credentials/credential-schemas.ts.
import { z } from 'zod';
import { factsOf, type CredentialFieldOf, type CredentialKind } from '../../../shared/credentials/credential-kinds';

type StoredShape<K extends CredentialKind> = { readonly kind: z.ZodLiteral<K> } & { readonly [F in CredentialFieldOf<K>]: z.ZodString };

export function storedShapeOf<K extends CredentialKind>({ kind }: { readonly kind: K }): StoredShape<K> {
  return { kind: z.literal(kind), ...Object.fromEntries(factsOf(kind).fields.map((field) => [field.key, z.string()])) } as StoredShape<K>;
}
