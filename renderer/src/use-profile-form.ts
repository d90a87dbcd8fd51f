// State of the new-profile form: values, per-field errors and the form-level error, with validation on blur and on submit.
import { useState } from 'react';
import { IpcError, errorMessage } from './ipc-client';
import { emptyProfileForm, isProfileField, validateProfileForm, type FieldErrors, type FormVerdict, type ProfileField, type ProfileFormValues } from './profile-form';

export interface ProfileFormState {
  readonly values: ProfileFormValues;
  readonly errors: FieldErrors;
  readonly formError: string | null;
  change(field: ProfileField, value: string): void;
  /** Checks one field once the person has typed in it (or it already shows an error), so tabbing through is quiet. */
  blur(field: ProfileField): void;
  /** Checks every field and shows every problem; returns the verdict so the caller can submit or move focus. */
  validateAll(): FormVerdict;
  /** Puts main's answer where it belongs: beside its field, or at the top. Returns the field, if any. */
  showServerError(error: unknown): ProfileField | undefined;
}

export function useProfileForm(): ProfileFormState {
  const [values, setValues] = useState<ProfileFormValues>(emptyProfileForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [edited, setEdited] = useState<ReadonlySet<ProfileField>>(new Set());

  return {
    values,
    errors,
    formError,
    change(field, value) {
      setValues((current) => ({ ...current, [field]: value }));
      setEdited((current) => (current.has(field) ? current : new Set(current).add(field)));
    },
    blur(field) {
      if (!edited.has(field) && errors[field] === undefined) return;
      const verdict = validateProfileForm(values);
      const message = verdict.ok ? undefined : verdict.errors[field];
      setErrors((current) => ({ ...current, [field]: message }));
    },
    validateAll() {
      const verdict = validateProfileForm(values);
      setErrors(verdict.ok ? {} : verdict.errors);
      setFormError(null);
      return verdict;
    },
    showServerError(error) {
      const field = error instanceof IpcError && isProfileField(error.field) ? error.field : undefined;
      if (field) setErrors((current) => ({ ...current, [field]: errorMessage(error) }));
      else setFormError(errorMessage(error));
      return field;
    },
  };
}
