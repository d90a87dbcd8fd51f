// The user's settings on disk: read with defaults for anything missing or unreadable, written whole.
import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '../../../shared/settings';
import { z } from 'zod';
import type { KeyValueStore } from '../storage/key-value-store';
import type { StoreSpec } from '../storage/store-spec';

export interface SettingsFile extends Record<string, unknown> {
  version: number;
  settings: Partial<Settings>;
}
export const settingsFileDefaults: SettingsFile = { version: 1, settings: {} };

/**
 * One record: the settings object; a bad value inside it is dropped by `readSettings`, not by the file check. A new
 * setting with a default (the board's density) needs no migration: a key the file lacks reads as its default, so the
 * version only moves when a stored value changes meaning.
 */
export const settingsFileSpec: StoreSpec = {
  name: 'settings',
  version: 1,
  migrations: {},
  records: { key: 'settings', layout: 'map', schema: z.unknown() },
};

export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
}

/** Each stored value is kept only if it is still valid, so one bad value costs that value, not all the settings. */
function readSettings(stored: unknown): Settings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (typeof stored === 'object' && stored !== null) {
    for (const [key, schema] of Object.entries(settingsSchema.shape)) {
      const parsed = schema.safeParse((stored as Record<string, unknown>)[key]);
      if (parsed.success) settings[key] = parsed.data;
    }
  }
  return settings as Settings;
}

export function createSettingsStore(store: KeyValueStore<SettingsFile>): SettingsStore {
  let current = readSettings(store.get('settings'));
  return {
    get: () => current,
    update(patch) {
      current = settingsSchema.parse({ ...current, ...patch });
      store.set('settings', current);
      return current;
    },
  };
}
