// The profile form's data: its fields per kind, the starting values for a new or a saved profile, and tags as typed text.
import { DEFAULT_AUDIENCE, DEFAULT_BASE_URL, type ProfileColor, type ProfileView } from '../../shared/profile';

export type ProfileKind = ProfileView['kind'];

/** Every field the form can show, in the order it shows them; `color` is a radio group, the rest take text. */
export const profileFields = ['name', 'baseUrl', 'clientId', 'username', 'clientSecret', 'password', 'audience', 'notes', 'tags', 'color'] as const;
export type ProfileField = (typeof profileFields)[number];
export type TextField = Exclude<ProfileField, 'color'>;
export type FieldErrors = Partial<Record<ProfileField, string>>;

export type ProfileFormValues = Record<TextField, string> & { readonly kind: ProfileKind; readonly color: ProfileColor | null };

const KIND_FIELDS: Record<ProfileKind, readonly ProfileField[]> = {
  client_credentials: ['name', 'baseUrl', 'clientId', 'clientSecret', 'audience', 'notes', 'tags', 'color'],
  password: ['name', 'baseUrl', 'username', 'password', 'notes', 'tags', 'color'],
};

export function fieldsOf(kind: ProfileKind): readonly ProfileField[] {
  return KIND_FIELDS[kind];
}

/** Where a kind's secret is typed: the client secret, or the password. */
export function secretFieldOf(kind: ProfileKind): 'clientSecret' | 'password' {
  return kind === 'password' ? 'password' : 'clientSecret';
}

export const emptyProfileForm: ProfileFormValues = {
  kind: 'client_credentials',
  name: '',
  baseUrl: DEFAULT_BASE_URL,
  clientId: '',
  clientSecret: '',
  audience: DEFAULT_AUDIENCE,
  username: '',
  password: '',
  notes: '',
  tags: '',
  color: null,
};

/** A saved profile as the form starts it: every field filled in except the secret, which is never read back. */
export function formValuesOf(profile: ProfileView): ProfileFormValues {
  const common = { ...emptyProfileForm, kind: profile.kind, name: profile.name, baseUrl: profile.baseUrl, notes: profile.notes, tags: profile.tags.join(', '), color: profile.color };
  return profile.kind === 'password' ? { ...common, username: profile.username } : { ...common, clientId: profile.clientId, audience: profile.audience };
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
