// State of the profile form (new or edit): values, per-field errors and the form-level error, checked on blur and on save.
import { useState } from 'react';
import type { ProfileColor, ProfileView } from '../../shared/profile';
import { IpcError, errorMessage } from './ipc-client';
import { emptyProfileForm, formFieldOf, formValuesOf, type FieldErrors, type FormPurpose, type ProfileField, type ProfileFormValues, type ProfileKind, type TextField } from './profile-form';
import { validateNew, validateProfileForm, type FormVerdict } from './profile-form-verdict';
import { referenceFields, type SecretSourceChoice } from './secret-source-form';

export interface ProfileFormState {
  readonly values: ProfileFormValues;
  readonly errors: FieldErrors;
  readonly formError: string | null;
  change(field: TextField, value: string): void;
  setKind(kind: ProfileKind): void;
  /** Where the secret comes from: typed here, or a secret manager (whose CLI main then looks for, see secret-source-fields.tsx). */
  setSecretSource(source: SecretSourceChoice): void;
  setColor(color: ProfileColor | null): void;
  /** Checks one field once the person has typed in it (or it already shows an error), so tabbing through is quiet. */
  blur(field: ProfileField): void;
  /** Checks every field and shows every problem; returns the verdict so the caller can save or move focus. */
  validateAll(): FormVerdict;
  /** Checks every field as a new profile would be, for Test; shows every problem like validateAll. */
  validateForTest(): FormVerdict;
  /** Puts main's answer where it belongs: beside its field, or at the top. Returns the field, if any. */
  showServerError(error: unknown): ProfileField | undefined;
  showFormError(message: string): void;
}

/**
 * `profile`: the saved profile to edit; without it, the form starts empty for a new one. `purpose`: why it is open; to
 * enter or update the secret, an empty secret is not saved.
 */
export function useProfileForm(profile?: ProfileView, purpose: FormPurpose = profile ? 'edit' : 'new'): ProfileFormState {
  const [values, setValues] = useState<ProfileFormValues>(() => (profile ? formValuesOf(profile) : emptyProfileForm));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [edited, setEdited] = useState<ReadonlySet<ProfileField>>(new Set());

  const markEdited = (field: ProfileField): void => setEdited((current) => (current.has(field) ? current : new Set(current).add(field)));

  return {
    values,
    errors,
    formError,
    change(field, value) {
      setValues((current) => ({ ...current, [field]: value }));
      markEdited(field);
    },
    setKind(kind) {
      setValues((current) => ({ ...current, kind }));
      // Messages about the other kind's fields would point at inputs no longer on screen.
      setErrors({});
      setFormError(null);
    },
    setSecretSource(secretSource) {
      setValues((current) => ({ ...current, secretSource, ...(secretSource !== current.secretSource && { executable: '' }) }));
      // Messages about another source's inputs point at inputs no longer on screen.
      setErrors((current) => ({ ...current, ...Object.fromEntries(referenceFields.map((field) => [field, undefined])) }));
    },
    setColor(color) {
      setValues((current) => ({ ...current, color }));
      setErrors((current) => ({ ...current, color: undefined }));
    },
    blur(field) {
      if (!edited.has(field) && errors[field] === undefined) return;
      const verdict = validateProfileForm(values, profile, purpose);
      setErrors((current) => ({ ...current, [field]: verdict.ok ? undefined : verdict.errors[field] }));
    },
    validateAll() {
      const verdict = validateProfileForm(values, profile, purpose);
      setErrors(verdict.ok ? {} : verdict.errors);
      setFormError(null);
      return verdict;
    },
    validateForTest() {
      const verdict = validateNew(values);
      setErrors(verdict.ok ? {} : verdict.errors);
      setFormError(null);
      return verdict;
    },
    showServerError(error) {
      const field = error instanceof IpcError ? formFieldOf(error.field, values.kind) : undefined;
      if (field) setErrors((current) => ({ ...current, [field]: errorMessage(error) }));
      else setFormError(errorMessage(error));
      return field;
    },
    showFormError: setFormError,
  };
}
