// The settings form's data: numbers and the shortcut kept as typed text, checked with the shared settings schema, one message per field.
import type { CopyFormat } from '../../shared/copy-format';
import { SETTING_LIMITS, settingsSchema, type Density, type Settings, type SettingsPatch, type Theme } from '../../shared/settings';

export const numberSettings = ['expiringSoonSeconds', 'copyMarginSeconds', 'requestTimeoutSeconds', 'clipboardClearSeconds'] as const;
export type NumberSetting = (typeof numberSettings)[number];
/** The settings typed as text, in the order the form shows them. */
export const textSettings = ['expiringSoonSeconds', 'copyMarginSeconds', 'requestTimeoutSeconds', 'clipboardClearSeconds', 'quickSwitcherShortcut'] as const;
export type TextSetting = (typeof textSettings)[number];
export type FlagSetting = 'autoRefreshByDefault' | 'expiryReminders' | 'launchAtLogin' | 'allowWeakEncryption';

export type SettingsFormValues = Record<TextSetting, string> & Record<FlagSetting, boolean> & {
  readonly defaultCopyFormat: CopyFormat;
  readonly density: Density;
  readonly theme: Theme;
};
export type SettingsErrors = Partial<Record<TextSetting, string>>;
export type SettingsVerdict = { readonly ok: true; readonly settings: Settings } | { readonly ok: false; readonly errors: SettingsErrors };

/** The shared limits the schema checks, for the inputs' min and max and their hints. */
export function limitsOf(field: NumberSetting): { readonly min: number; readonly max: number } {
  return SETTING_LIMITS[field];
}

export function toFormValues(settings: Settings): SettingsFormValues {
  return {
    ...settings,
    expiringSoonSeconds: String(settings.expiringSoonSeconds),
    copyMarginSeconds: String(settings.copyMarginSeconds),
    requestTimeoutSeconds: String(settings.requestTimeoutSeconds),
    clipboardClearSeconds: String(settings.clipboardClearSeconds),
  };
}

const WHOLE_NUMBER = /^-?\d+$/;

function isTextSetting(field: unknown): field is TextSetting {
  return (textSettings as readonly unknown[]).includes(field);
}

export function validateSettingsForm(values: SettingsFormValues): SettingsVerdict {
  const errors: SettingsErrors = {};
  const numbers: Partial<Record<NumberSetting, number>> = {};
  for (const field of numberSettings) {
    const typed = values[field].trim();
    // zod's own words for "not an integer" are written for developers; the range messages are the shared ones.
    if (WHOLE_NUMBER.test(typed)) numbers[field] = Number(typed);
    else errors[field] = 'Enter a whole number of seconds.';
  }
  const parsed = settingsSchema.safeParse({ ...values, ...numbers });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, settings: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0];
    if (isTextSetting(field) && errors[field] === undefined) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

export function firstInvalidSetting(errors: SettingsErrors): TextSetting | undefined {
  return textSettings.find((field) => errors[field] !== undefined);
}

/** Only what the person changed, so a setting changed elsewhere meanwhile (the tray's launch at login) is not overwritten. */
export function changedSettings(initial: Settings, next: Settings): SettingsPatch {
  const keys = Object.keys(next) as (keyof Settings)[];
  return Object.fromEntries(keys.filter((key) => next[key] !== initial[key]).map((key) => [key, next[key]])) as SettingsPatch;
}
