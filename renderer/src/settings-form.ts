// The settings form's data: numbers kept as typed text, checked with the shared settings schema, one message per field.
import { settingsSchema, type Settings } from '../../shared/settings';

export const numberSettings = ['expiringSoonSeconds', 'copyMarginSeconds', 'requestTimeoutSeconds'] as const;
export type NumberSetting = (typeof numberSettings)[number];

/** The settings this form edits; any others main keeps are left as they are. */
const editableSchema = settingsSchema.pick({ expiringSoonSeconds: true, copyMarginSeconds: true, requestTimeoutSeconds: true, autoRefreshByDefault: true });
export type EditableSettings = Pick<Settings, NumberSetting | 'autoRefreshByDefault'>;

export type SettingsFormValues = Record<NumberSetting, string> & { readonly autoRefreshByDefault: boolean };
export type SettingsErrors = Partial<Record<NumberSetting, string>>;
export type SettingsVerdict = { readonly ok: true; readonly settings: EditableSettings } | { readonly ok: false; readonly errors: SettingsErrors };

/** The shared schema's limits, for the inputs' min and max and their hints. */
export function limitsOf(field: NumberSetting): { readonly min: number; readonly max: number } {
  const schema = settingsSchema.shape[field];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

export function toFormValues(settings: EditableSettings): SettingsFormValues {
  return {
    expiringSoonSeconds: String(settings.expiringSoonSeconds),
    copyMarginSeconds: String(settings.copyMarginSeconds),
    requestTimeoutSeconds: String(settings.requestTimeoutSeconds),
    autoRefreshByDefault: settings.autoRefreshByDefault,
  };
}

const WHOLE_NUMBER = /^-?\d+$/;

function isNumberSetting(field: unknown): field is NumberSetting {
  return (numberSettings as readonly unknown[]).includes(field);
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
  const parsed = editableSchema.safeParse({ ...numbers, autoRefreshByDefault: values.autoRefreshByDefault });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, settings: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0];
    if (isNumberSetting(field) && errors[field] === undefined) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

export function firstInvalidSetting(errors: SettingsErrors): NumberSetting | undefined {
  return numberSettings.find((field) => errors[field] !== undefined);
}
