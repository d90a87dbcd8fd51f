// State of the settings form: values and per-field errors, checked on blur once edited and in full on save.
import { useState } from 'react';
import type { CopyFormat } from '../../shared/copy-format';
import type { Density, Settings, Theme } from '../../shared/settings';
import { toFormValues, validateSettingsForm, type FlagSetting, type SettingsErrors, type SettingsFormValues, type SettingsVerdict, type TextSetting } from './settings-form';

export interface SettingsFormState {
  readonly values: SettingsFormValues;
  readonly errors: SettingsErrors;
  change(field: TextSetting, value: string): void;
  setFlag(field: FlagSetting, enabled: boolean): void;
  setCopyFormat(format: CopyFormat): void;
  setDensity(density: Density): void;
  setTheme(theme: Theme): void;
  blur(field: TextSetting): void;
  validateAll(): SettingsVerdict;
}

export function useSettingsForm(initial: Settings): SettingsFormState {
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(initial));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<TextSetting>>(new Set());

  return {
    values,
    errors,
    change(field, value) {
      setValues((current) => ({ ...current, [field]: value }));
      setEdited((current) => (current.has(field) ? current : new Set(current).add(field)));
    },
    setFlag(field, enabled) {
      setValues((current) => ({ ...current, [field]: enabled }));
    },
    setCopyFormat(format) {
      setValues((current) => ({ ...current, defaultCopyFormat: format }));
    },
    setDensity(density) {
      setValues((current) => ({ ...current, density }));
    },
    setTheme(theme) {
      setValues((current) => ({ ...current, theme }));
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
