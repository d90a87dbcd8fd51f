// The shared schemas' verdict on the profile form: a new profile to create, the changes to a saved one, or a message per field.
import type { z } from 'zod/mini';
import { factsOf, fieldValueOf, inputsOf, type CredentialFieldName, type CredentialInputName } from '../../shared/credentials/credential-kinds';
import { baseUrlSchema, newProfileSchema, newReferenceProfileSchema, profileChangesSchema, type NewProfileInput, type NewReferenceProfileInput, type ProfileChangesInput, type ProfileView } from '../../shared/profile';
import { secretPresets } from '../../shared/secret-sources/secret-presets';
import { referenceOf } from './secret-source-form';
import { formFieldOf, parseTags, secretFieldOf, type FieldErrors, type FormPurpose, type ProfileFormValues } from './profile-form';

export type ProfileSave = { readonly type: 'create'; readonly input: NewProfileInput | NewReferenceProfileInput } | { readonly type: 'update'; readonly id: string; readonly changes: ProfileChangesInput };
export type FormVerdict = { readonly ok: true; readonly save: ProfileSave } | { readonly ok: false; readonly errors: FieldErrors };

function errorsOf(error: z.core.$ZodError, kind: ProfileFormValues['kind']): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    // A reference's own inputs are named inside it: ['secretReference', 'reference'].
    const key = issue.path[0] === 'secretReference' ? (issue.path[1] ?? 'executable') : issue.path[0];
    const field = formFieldOf(typeof key === 'string' ? key : undefined, kind);
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

/** The form as a new profile: what Save sends for a new one, and what Test sends for either (a typed secret, or the reference). */
export function validateNew(values: ProfileFormValues): FormVerdict {
  const secretReference = referenceOf(values);
  if (secretReference) {
    const common = { name: values.name, baseUrl: values.baseUrl, notes: values.notes, tags: parseTags(values.tags), color: values.color };
    const input = { kind: values.kind, ...common, ...typedInputs(values, factsOf(values.kind).fields), secretReference } as NewReferenceProfileInput;
    const parsed = newReferenceProfileSchema.safeParse(input);
    return parsed.success ? { ok: true, save: { type: 'create', input } } : { ok: false, errors: errorsOf(parsed.error, values.kind) };
  }
  const input = newProfileInput(values);
  const parsed = newProfileSchema.safeParse(input);
  return parsed.success ? { ok: true, save: { type: 'create', input } } : { ok: false, errors: errorsOf(parsed.error, values.kind) };
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only what differs from the saved profile is sent, as the schema normalised it; an empty secret keeps the saved one. A
 * reference is sent when it changed, when it still waits for confirmation, or when the server changes: saving it is how
 * the person confirms it for that server.
 */
function validateEdit(values: ProfileFormValues, profile: ProfileView, purpose: FormPurpose): FormVerdict {
  const secret = values[secretFieldOf(profile.kind)];
  const secretReference = referenceOf(values);
  const { secret: facts } = factsOf(profile.kind);
  if (!secretReference && profile.secretReference && secret === '') {
    return { ok: false, errors: { [facts.key]: `Enter the ${facts.name}, or keep reading it from ${secretPresets[profile.secretReference.preset].label}.` } };
  }
  // Opened to enter or update the secret: saving without one would change nothing the person came for, and say nothing.
  const missing: FieldErrors = !secretReference && secret === '' && (purpose === 'update' || purpose === 'enter') ? { [facts.key]: purpose === 'update' ? `Enter the new ${facts.name}.` : `Enter the ${facts.name}.` } : {};
  const identity = typedInputs(values, factsOf(profile.kind).fields);
  const given = secretReference ? { secretReference } : secret === '' ? {} : { secret };
  const typed = { name: values.name, baseUrl: values.baseUrl, notes: values.notes, tags: parseTags(values.tags), color: values.color, ...identity, ...given };
  const parsed = profileChangesSchema.safeParse(typed);
  if (!parsed.success) return { ok: false, errors: { ...errorsOf(parsed.error, profile.kind), ...missing } };
  if (Object.keys(missing).length > 0) return { ok: false, errors: missing };
  const saved: Record<string, unknown> = { ...profile };
  const confirmAgain = profile.secret !== 'set' || serverChangedBy(values, profile) !== null;
  const keep = (key: string, value: unknown): boolean => key === 'secret' || (key === 'secretReference' && confirmAgain) || !sameValue(value, saved[key]);
  const changes = Object.fromEntries(Object.entries(parsed.data).filter(([key, value]) => keep(key, value))) as ProfileChangesInput;
  return { ok: true, save: { type: 'update', id: profile.id, changes } };
}

/** `profile`: the saved profile being edited; without it, the form makes a new one. `purpose`: why the form is open. */
export function validateProfileForm(values: ProfileFormValues, profile: ProfileView | undefined, purpose: FormPurpose = profile ? 'edit' : 'new'): FormVerdict {
  return profile ? validateEdit(values, profile, purpose) : validateNew(values);
}

/** Which typed change points the profile at another server: a new base URL, or another field that names it (the audience). */
function serverChangedBy(values: ProfileFormValues, profile: ProfileView): 'baseUrl' | CredentialFieldName | null {
  const baseUrl = baseUrlSchema.safeParse(values.baseUrl);
  if (baseUrl.success && baseUrl.data !== profile.baseUrl) return 'baseUrl';
  // The kind's other fields that name the server (the audience): compared as the schema would trim them.
  const server = factsOf(profile.kind).fields.find(({ key, server }) => server && values[key].trim() !== '' && values[key].trim() !== fieldValueOf(profile, key));
  return server?.key ?? null;
}

/**
 * Which change would clear the saved secret when saved as typed: main drops a secret whose base URL or audience changes
 * without a new one, so that it is never sent to another server. Null when nothing would be lost (a reference is
 * confirmed again by saving it, see validateEdit).
 */
export function secretClearedBy(values: ProfileFormValues, profile: ProfileView | undefined): 'baseUrl' | CredentialFieldName | null {
  if (!profile || profile.secret !== 'set' || profile.secretReference || values.secretSource !== 'stored' || values[secretFieldOf(profile.kind)] !== '') return null;
  return serverChangedBy(values, profile);
}

/** Which change asks the person to confirm the reference again: saving the form confirms it for the new server. */
export function referenceReconfirmedBy(values: ProfileFormValues, profile: ProfileView | undefined): 'baseUrl' | CredentialFieldName | null {
  if (!profile?.secretReference || values.secretSource === 'stored') return null;
  return serverChangedBy(values, profile);
}
