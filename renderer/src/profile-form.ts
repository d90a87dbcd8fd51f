// The profile form's data: its fields per kind, the starting values for a new or a saved profile, and tags as typed text.
import { credentialFieldsOf, credentialKindList, credentialKindNames, factsOf, inputsOf, type CredentialInputName, type CredentialKind, type SecretFieldName } from '../../shared/credentials/credential-kinds';
import { DEFAULT_BASE_URL, type ProfileColor, type ProfileView } from '../../shared/profile';

export type ProfileKind = CredentialKind;

/** Every field the form can show; `color` is a radio group, the rest take text. A kind's own inputs are its module's (shared/credentials/). */
export type ProfileField = 'name' | 'baseUrl' | CredentialInputName | 'notes' | 'tags' | 'color';
export type TextField = Exclude<ProfileField, 'color'>;
export type FieldErrors = Partial<Record<ProfileField, string>>;

export type ProfileFormValues = Record<TextField, string> & { readonly kind: ProfileKind; readonly color: ProfileColor | null };

/** The fields the form shows for a kind, in order. */
export function fieldsOf(kind: ProfileKind): readonly ProfileField[] {
  return ['name', 'baseUrl', ...inputsOf(kind).map((input) => input.key), 'notes', 'tags', 'color'];
}

/** Where a kind's secret is typed: the client secret, or the password. */
export function secretFieldOf(kind: ProfileKind): SecretFieldName {
  return factsOf(kind).secret.key;
}

/** A new profile starts as the first kind, every kind's inputs empty or as the kind says (the audience). */
export const emptyProfileForm: ProfileFormValues = {
  kind: credentialKindNames[0],
  name: '',
  baseUrl: DEFAULT_BASE_URL,
  ...(Object.fromEntries(credentialKindList.flatMap((facts) => inputsOf(facts.kind)).map((input) => [input.key, input.initial ?? ''])) as Record<CredentialInputName, string>),
  notes: '',
  tags: '',
  color: null,
};

/** A saved profile as the form starts it: every field filled in except the secret, which is never read back. */
export function formValuesOf(profile: ProfileView): ProfileFormValues {
  const { kind, ...fields } = credentialFieldsOf(profile);
  return { ...emptyProfileForm, kind, name: profile.name, baseUrl: profile.baseUrl, notes: profile.notes, tags: profile.tags.join(', '), color: profile.color, ...fields };
}

/** "production, eu ,," → ["production", "eu"]; the shared schema then checks length, count and repeats. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** A field main named in an error, as this form shows it: main calls a replaced secret `secret`. */
export function formFieldOf(field: string | undefined, kind: ProfileKind): ProfileField | undefined {
  const named = field === 'secret' ? secretFieldOf(kind) : field;
  return fieldsOf(kind).find((candidate) => candidate === named);
}

/** The first field with an error, in the order the form shows them. */
export function firstInvalidField(errors: FieldErrors, kind: ProfileKind): ProfileField | undefined {
  return fieldsOf(kind).find((field) => errors[field] !== undefined);
}
