// The new-profile form's data: its fields and defaults, and the shared schema's verdict turned into one message per field.
import { DEFAULT_AUDIENCE, DEFAULT_BASE_URL, newClientCredentialsProfileSchema, type NewProfileInput } from '../../shared/profile';

export const profileFields = ['name', 'baseUrl', 'clientId', 'clientSecret', 'audience'] as const;
export type ProfileField = (typeof profileFields)[number];
export type ProfileFormValues = Record<ProfileField, string>;
export type FieldErrors = Partial<Record<ProfileField, string>>;

export const emptyProfileForm: ProfileFormValues = {
  name: '',
  baseUrl: DEFAULT_BASE_URL,
  clientId: '',
  clientSecret: '',
  audience: DEFAULT_AUDIENCE,
};

export function isProfileField(field: string | undefined): field is ProfileField {
  return (profileFields as readonly (string | undefined)[]).includes(field);
}

export type FormVerdict = { readonly ok: true; readonly input: NewProfileInput } | { readonly ok: false; readonly errors: FieldErrors };

export function validateProfileForm(values: ProfileFormValues): FormVerdict {
  const input: NewProfileInput = { kind: 'client_credentials', ...values };
  const parsed = newClientCredentialsProfileSchema.safeParse(input);
  if (parsed.success) return { ok: true, input };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    // The first issue per field is the most basic one (empty before malformed); one message at a time is enough.
    if (typeof field === 'string' && isProfileField(field) && errors[field] === undefined) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** The first field with an error, in the order the form shows them. */
export function firstInvalidField(errors: FieldErrors): ProfileField | undefined {
  return profileFields.find((field) => errors[field] !== undefined);
}
