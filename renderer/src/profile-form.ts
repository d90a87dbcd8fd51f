// The profile form's data: its fields per kind, the starting values for a new or a saved profile, and tags as typed text.
import { credentialFieldsOf, credentialKindList, credentialKindNames, factsOf, inputsOf, type CredentialInputName, type CredentialKind, type SecretFieldName } from '../../shared/credentials/credential-kinds';
import type { ErrorCode } from '../../shared/app-error';
import { DEFAULT_BASE_URL, type ProfileColor, type ProfileView } from '../../shared/profile';
import { emptyReferenceForm, referenceFields, referenceFormValuesOf, type ReferenceField, type ReferenceFormValues } from './secret-source-form';

export type ProfileKind = CredentialKind;

/** Every field the form can show; `color` is a radio group, the rest take text. A kind's own inputs are its module's (shared/credentials/). */
export type ProfileField = 'name' | 'baseUrl' | CredentialInputName | ReferenceField | 'notes' | 'tags' | 'color';
export type TextField = Exclude<ProfileField, 'color'>;
export type FieldErrors = Partial<Record<ProfileField, string>>;

export type ProfileFormValues = Record<TextField, string> & ReferenceFormValues & { readonly kind: ProfileKind; readonly color: ProfileColor | null };

/**
 * Why the form is open: a new profile, an edit, or the row's "Enter secret" (none saved, or the saved one cannot be used)
 * and "Update secret" (Butlr rejected the saved one), where the secret is what the person came to type.
 */
export type FormPurpose = 'new' | 'edit' | 'enter' | 'update';

/** `focusSecret`: the row's secret action opened the form. A reference has nothing to type: confirming it is an edit. */
export function formPurposeOf(profile: ProfileView | undefined, focusSecret: boolean): FormPurpose {
  if (!profile) return 'new';
  if (!focusSecret || profile.secretReference) return 'edit';
  return profile.secret === 'set' ? 'update' : 'enter';
}

/** The form's folded parts: where the base URL and the kind's rarely changed fields are, and the organising fields. */
export type FormSection = 'advanced' | 'organise';

const ORGANISING_FIELDS = ['notes', 'tags', 'color'] as const satisfies readonly ProfileField[];

/** The fields under Advanced for a kind, in order: the base URL, then the kind's own (the audience). */
export function advancedFieldsOf(kind: ProfileKind): readonly ProfileField[] {
  return ['baseUrl', ...factsOf(kind).fields.filter((field) => field.advanced).map((field) => field.key)];
}

/** The fields the form shows for a kind, in the order it shows them (and focus and screen readers meet them). */
export function fieldsOf(kind: ProfileKind): readonly ProfileField[] {
  const { fields, secret } = factsOf(kind);
  // Where the secret is read from, when it is not typed, is asked in the secret's place.
  return ['name', ...fields.filter((field) => !field.advanced).map((field) => field.key), secret.key, ...referenceFields, ...advancedFieldsOf(kind), ...ORGANISING_FIELDS];
}

/**
 * Failures whose message says to check the base URL (or audience): the server could not be reached or securely, it
 * redirected, or what answered is not Butlr. Those fields are under Advanced, so the form unfolds it.
 */
const ADDRESS_ERRORS: ReadonlySet<ErrorCode> = new Set(['network', 'tls', 'redirected', 'invalid_response', 'http_error']);

export function pointsAtAddress(code: ErrorCode | undefined): boolean {
  return code !== undefined && ADDRESS_ERRORS.has(code);
}

/** The folded part a field is in, or null for one always shown. */
export function sectionOf(field: ProfileField, kind: ProfileKind): FormSection | null {
  if ((ORGANISING_FIELDS as readonly ProfileField[]).includes(field)) return 'organise';
  return advancedFieldsOf(kind).includes(field) ? 'advanced' : null;
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
  ...emptyReferenceForm,
  notes: '',
  tags: '',
  color: null,
};

/** A new profile starts folded; a saved one unfolds what holds something other than the defaults, so nothing set is out of sight. */
export function unfoldedSections(profile: ProfileView | undefined): Record<FormSection, boolean> {
  if (!profile) return { advanced: false, organise: false };
  const values = formValuesOf(profile);
  return {
    advanced: advancedFieldsOf(profile.kind).some((field) => values[field] !== emptyProfileForm[field]),
    organise: values.notes !== '' || values.tags !== '' || values.color !== null,
  };
}

/** A saved profile as the form starts it: every field filled in except the secret, which is never read back. */
export function formValuesOf(profile: ProfileView): ProfileFormValues {
  const { kind, ...fields } = credentialFieldsOf(profile);
  return {
    ...emptyProfileForm,
    ...referenceFormValuesOf(profile.secretReference),
    kind,
    name: profile.name,
    baseUrl: profile.baseUrl,
    notes: profile.notes,
    tags: profile.tags.join(', '),
    color: profile.color,
    ...fields,
  };
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
