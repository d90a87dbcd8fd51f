// The shared schemas' verdict on the profile form: a new profile to create, the changes to a saved one, or a message per field.
import type { z } from 'zod/mini';
import { factsOf, fieldValueOf, inputsOf, type CredentialFieldName, type CredentialInputName } from '../../shared/credentials/credential-kinds';
import { baseUrlSchema, newProfileSchema, profileChangesSchema, type NewProfileInput, type ProfileChangesInput, type ProfileView } from '../../shared/profile';
import { formFieldOf, parseTags, secretFieldOf, type FieldErrors, type ProfileFormValues } from './profile-form';

export type ProfileSave = { readonly type: 'create'; readonly input: NewProfileInput } | { readonly type: 'update'; readonly id: string; readonly changes: ProfileChangesInput };
export type FormVerdict = { readonly ok: true; readonly save: ProfileSave } | { readonly ok: false; readonly errors: FieldErrors };

function errorsOf(error: z.core.$ZodError, kind: ProfileFormValues['kind']): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = formFieldOf(typeof issue.path[0] === 'string' ? issue.path[0] : undefined, kind);
    // The first issue per field is the most basic one (empty before malformed); one message at a time is enough.
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}

/** The kind's own inputs from the form, e.g. `{ username, password }`; the schemas then check them. */
function typedInputs(values: ProfileFormValues, inputs: readonly { readonly key: CredentialInputName }[]): Partial<Record<CredentialInputName, string>> {
  return Object.fromEntries(inputs.map(({ key }) => [key, values[key]]));
}

function newProfileInput(values: ProfileFormValues): NewProfileInput {
  const common = { name: values.name, baseUrl: values.baseUrl, notes: values.notes, tags: parseTags(values.tags), color: values.color };
  return { kind: values.kind, ...common, ...typedInputs(values, inputsOf(values.kind)) } as NewProfileInput;
}

/** The form as a new profile: what Save sends for a new one, and what Test sends for either (a typed secret included). */
export function validateNew(values: ProfileFormValues): FormVerdict {
  const input = newProfileInput(values);
  const parsed = newProfileSchema.safeParse(input);
  return parsed.success ? { ok: true, save: { type: 'create', input } } : { ok: false, errors: errorsOf(parsed.error, values.kind) };
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Only what differs from the saved profile is sent, as the schema normalised it; an empty secret keeps the saved one. */
function validateEdit(values: ProfileFormValues, profile: ProfileView): FormVerdict {
  const secret = values[secretFieldOf(profile.kind)];
  const identity = typedInputs(values, factsOf(profile.kind).fields);
  const typed = { name: values.name, baseUrl: values.baseUrl, notes: values.notes, tags: parseTags(values.tags), color: values.color, ...identity, ...(secret === '' ? {} : { secret }) };
  const parsed = profileChangesSchema.safeParse(typed);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error, profile.kind) };
  const saved: Record<string, unknown> = { ...profile };
  const changes = Object.fromEntries(Object.entries(parsed.data).filter(([key, value]) => key === 'secret' || !sameValue(value, saved[key]))) as ProfileChangesInput;
  return { ok: true, save: { type: 'update', id: profile.id, changes } };
}

/** `profile`: the saved profile being edited; without it, the form makes a new one. */
export function validateProfileForm(values: ProfileFormValues, profile: ProfileView | undefined): FormVerdict {
  return profile ? validateEdit(values, profile) : validateNew(values);
}

/**
 * Which change would clear the saved secret when saved as typed: main drops a secret whose base URL or audience changes
 * without a new one, so that it is never sent to another server. Null when nothing would be lost.
 */
export function secretClearedBy(values: ProfileFormValues, profile: ProfileView | undefined): 'baseUrl' | CredentialFieldName | null {
  if (!profile || profile.secret !== 'set' || values[secretFieldOf(profile.kind)] !== '') return null;
  const baseUrl = baseUrlSchema.safeParse(values.baseUrl);
  if (baseUrl.success && baseUrl.data !== profile.baseUrl) return 'baseUrl';
  // The kind's other fields that name the server (the audience): compared as the schema would trim them.
  const server = factsOf(profile.kind).fields.find(({ key, server }) => server && values[key].trim() !== '' && values[key].trim() !== fieldValueOf(profile, key));
  return server?.key ?? null;
}
