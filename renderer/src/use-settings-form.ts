// State of the settings form: values and per-field errors, checked on blur once edited and in full on save.
import { useState } from 'react';
import { toFormValues, validateSettingsForm, type EditableSettings, type NumberSetting, type SettingsErrors, type SettingsFormValues, type SettingsVerdict } from './settings-form';

export interface SettingsFormState {
  readonly values: SettingsFormValues;
  readonly errors: SettingsErrors;
  change(field: NumberSetting, value: string): void;
  setAutoRefreshByDefault(enabled: boolean): void;
  blur(field: NumberSetting): void;
  validateAll(): SettingsVerdict;
}

export function useSettingsForm(initial: EditableSettings): SettingsFormState {
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(initial));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<NumberSetting>>(new Set());

  return {
    values,
    errors,
    change(field, value) {
      setValues((current) => ({ ...current, [field]: value }));
      setEdited((current) => (current.has(field) ? current : new Set(current).add(field)));
    },
    setAutoRefreshByDefault(enabled) {
      setValues((current) => ({ ...current, autoRefreshByDefault: enabled }));
    },
    blur(field) {
      if (!edited.has(field) && errors[field] === undefined) return;
      const verdict = validateSettingsForm(values);
      setErrors((current) => ({ ...current, [field]: verdict.ok ? undefined : verdict.errors[field] }));
    },
    validateAll() {
      const verdict = validateSettingsForm(values);
      setErrors(verdict.ok ? {} : verdict.errors);
      return verdict;
    },
  };
}
