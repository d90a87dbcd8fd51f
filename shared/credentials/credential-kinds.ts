// The table of credential kinds. Whatever differs by kind is asked of it (principalOf(profile), secretOf(input), …),
// so a new kind is a new module and one line here, not an edit in every file that handles profiles.
import { clientCredentials } from './client-credentials';
import type { CredentialField, CredentialKindFacts } from './credential-kind';
import { password } from './password';

/** Each kind under its own name. Their order is the kind picker's, and a new profile starts as the first. */
export const credentialKinds = { client_credentials: clientCredentials, password };

type Kinds = typeof credentialKinds;
export type CredentialKind = keyof Kinds;
/** The inputs of kind K besides its secret, e.g. `clientId` | `audience`. */
export type CredentialFieldOf<K extends CredentialKind> = Kinds[K]['fields'][number]['key'];
/** Where kind K's secret is typed, e.g. `clientSecret`. */
export type SecretFieldOf<K extends CredentialKind> = Kinds[K]['secret']['key'];
export type CredentialInputOf<K extends CredentialKind> = CredentialFieldOf<K> | SecretFieldOf<K>;
export type CredentialFieldName = CredentialFieldOf<CredentialKind>;
export type SecretFieldName = SecretFieldOf<CredentialKind>;
export type CredentialInputName = CredentialFieldName | SecretFieldName;

/** Any kind's facts, its names widened to every kind's: what code that handles all kinds reads. */
export type AnyCredentialKind = CredentialKindFacts<CredentialKind, CredentialFieldName, SecretFieldName>;

/** A kind and its fields (no secret): who signs in. Stored profiles, views, export entries and identities all carry it. */
export type CredentialFields<K extends CredentialKind = CredentialKind> = K extends CredentialKind
  ? { readonly kind: K } & { readonly [F in CredentialFieldOf<K>]: string }
  : never;
/** A kind, its fields and its secret: what a person types in, and what a sign-in sends. */
export type CredentialValues<K extends CredentialKind = CredentialKind> = K extends CredentialKind
  ? { readonly kind: K } & { readonly [F in CredentialInputOf<K>]: string }
  : never;

// The keys of the table are the kinds' own names.
const keyedByKind: { readonly [K in CredentialKind]: { readonly kind: K } } = credentialKinds;
export const credentialKindNames = Object.keys(keyedByKind) as [CredentialKind, ...CredentialKind[]];
export const credentialKindList: readonly AnyCredentialKind[] = Object.values(credentialKinds);

export const factsOf = (kind: CredentialKind): AnyCredentialKind => credentialKinds[kind];

/** A kind's inputs in the form's order: its fields, the secret, then the fields under Advanced. */
export function inputsOf(kind: CredentialKind): readonly CredentialField<CredentialInputName>[] {
  const { fields, secret } = factsOf(kind);
  return [...fields.filter((field) => !field.advanced), secret, ...fields.filter((field) => field.advanced)];
}

/** How one input of a kind is named and shown. */
export function inputOf(kind: CredentialKind, key: CredentialInputName): CredentialField<CredentialInputName> | undefined {
  return inputsOf(kind).find((input) => input.key === key);
}

// The one place that reads a kind's inputs by name: the types above say which names each kind has.
const valueAt = (source: object, key: string): string => (source as Record<string, string>)[key] as string;

/** Only the kind and its fields, in stored order, from anything that carries them (a profile, a form, an identity). */
export function credentialFieldsOf(source: CredentialFields): CredentialFields {
  return Object.fromEntries([['kind', source.kind], ...factsOf(source.kind).fields.map((field) => [field.key, valueAt(source, field.key)])]) as CredentialFields;
}

export function secretOf(values: CredentialValues): string {
  return valueAt(values, factsOf(values.kind).secret.key);
}

export function fieldValueOf(source: CredentialFields, key: CredentialFieldName): string | undefined {
  return factsOf(source.kind).fields.some((field) => field.key === key) ? valueAt(source, key) : undefined;
}

/** The field that says who signs in with a kind: the client ID, or the username. */
export function principalFieldOf(kind: CredentialKind): CredentialField<CredentialFieldName> {
  const { fields, principal } = factsOf(kind);
  return fields.find((field) => field.key === principal) ?? { key: principal, label: principal, name: principal };
}

/** Who the profile signs in as, with the label for it: "Client ID", or "Username". */
export function principalOf(source: CredentialFields): { readonly label: string; readonly value: string } {
  const principal = principalFieldOf(source.kind);
  return { label: principal.label, value: valueAt(source, principal.key) };
}

/** The same kind with the same fields. */
export function sameCredentialFields(a: CredentialFields, b: CredentialFields): boolean {
  return a.kind === b.kind && factsOf(a.kind).fields.every((field) => valueAt(a, field.key) === valueAt(b, field.key));
}

/** `current` with the given fields of its kind replaced; other kinds' fields are not its own and are left out. */
export function withCredentialFields<T extends CredentialFields>(current: T, changes: Readonly<Partial<Record<CredentialFieldName, string>>>): T {
  const replaced = factsOf(current.kind).fields.map((field) => [field.key, changes[field.key] ?? valueAt(current, field.key)]);
  return { ...current, ...Object.fromEntries(replaced) };
}
