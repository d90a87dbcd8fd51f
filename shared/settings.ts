// The user's settings, as stored in main and edited in the settings view, with their defaults and limits.
import { z } from 'zod';
import { acceleratorSchema, DEFAULT_QUICK_SWITCHER_SHORTCUT } from './accelerator';
import { copyFormatSchema } from './copy-format';

export const settingsSchema = z.object({
  /** A token with less than this left is shown as "expiring soon". */
  expiringSoonSeconds: z.number().int().min(10, 'At least 10 seconds.').max(3600, 'At most an hour.'),
  /** A copied token has at least this long left; otherwise a fresh one is fetched first. */
  copyMarginSeconds: z.number().int().min(0, 'Zero or more seconds.').max(1800, 'At most 30 minutes.'),
  /** How long a sign-in may take before it is given up. */
  requestTimeoutSeconds: z.number().int().min(1, 'At least 1 second.').max(120, 'At most 2 minutes.'),
  /** Whether new profiles renew their tokens ahead of expiry. Off: every renewal is a sign-in that may count against a quota. */
  autoRefreshByDefault: z.boolean(),
  /** The person agreed to store secrets with Linux's `basic_text` backend (obfuscation, no keyring). */
  allowWeakEncryption: z.boolean(),
  /** Clear a copied token from the clipboard after this long, if it is still there; 0 never clears. */
  clipboardClearSeconds: z.number().int().min(0, 'Zero (never) or more seconds.').max(3600, 'At most an hour.'),
  /** What one click on Copy puts on the clipboard. */
  defaultCopyFormat: copyFormatSchema,
  /** Start the app (in the tray) when the person logs in. */
  launchAtLogin: z.boolean(),
  /** The global shortcut that opens the quick switcher; '' turns it off. */
  quickSwitcherShortcut: acceleratorSchema,
  /** Notify shortly before a pinned profile's token expires when nothing will renew it. */
  expiryReminders: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  expiringSoonSeconds: 300,
  copyMarginSeconds: 60,
  requestTimeoutSeconds: 15,
  autoRefreshByDefault: false,
  allowWeakEncryption: false,
  clipboardClearSeconds: 60,
  defaultCopyFormat: 'raw',
  launchAtLogin: false,
  quickSwitcherShortcut: DEFAULT_QUICK_SWITCHER_SHORTCUT,
  expiryReminders: true,
};

/** A change to some settings; unknown keys are refused rather than ignored. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
