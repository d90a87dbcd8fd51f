// The user's settings, as stored in main and edited in the settings view, with their defaults and limits.
import { z } from './zod-mini';
import { acceleratorSchema, DEFAULT_QUICK_SWITCHER_SHORTCUT } from './accelerator';
import { copyFormats } from './copy-format';

/** The range of each number setting, for the schema and for the settings form's inputs and hints. */
export const SETTING_LIMITS = {
  expiringSoonSeconds: { min: 10, max: 3600 },
  copyMarginSeconds: { min: 0, max: 1800 },
  requestTimeoutSeconds: { min: 1, max: 120 },
  clipboardClearSeconds: { min: 0, max: 3600 },
} as const;

/** Whole seconds within `limits`, with the words the settings form shows beside the field. */
const seconds = (limits: { readonly min: number; readonly max: number }, tooFew: string, tooMany: string) =>
  z.int().check(z.gte(limits.min, tooFew), z.lte(limits.max, tooMany));

/** What one click on Copy puts on the clipboard; also the format a copy request may name. */
export const copyFormatSchema = z.enum(copyFormats);

/** How much room the board gives a profile: a card with every detail, or one line (name, base URL, state, countdown, Copy). */
export const densities = ['comfortable', 'compact'] as const;
export type Density = (typeof densities)[number];

/** Light or dark windows, or whichever the system uses; applied to both windows and to main's native dialogs. */
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const settingsSchema = z.object({
  /** A token with less than this left is shown as "expiring soon". */
  expiringSoonSeconds: seconds(SETTING_LIMITS.expiringSoonSeconds, 'At least 10 seconds.', 'At most an hour.'),
  /** A copied token has at least this long left; otherwise a fresh one is fetched first. */
  copyMarginSeconds: seconds(SETTING_LIMITS.copyMarginSeconds, 'Zero or more seconds.', 'At most 30 minutes.'),
  /** How long a sign-in may take before it is given up. */
  requestTimeoutSeconds: seconds(SETTING_LIMITS.requestTimeoutSeconds, 'At least 1 second.', 'At most 2 minutes.'),
  /** Whether new profiles renew their tokens ahead of expiry. Off: every renewal is a sign-in that may count against a quota. */
  autoRefreshByDefault: z.boolean(),
  /** The person agreed to store secrets with Linux's `basic_text` backend (obfuscation, no keyring). */
  allowWeakEncryption: z.boolean(),
  /** Clear a copied token from the clipboard after this long, if it is still there; 0 never clears. */
  clipboardClearSeconds: seconds(SETTING_LIMITS.clipboardClearSeconds, 'Zero (never) or more seconds.', 'At most an hour.'),
  /** What one click on Copy puts on the clipboard. */
  defaultCopyFormat: copyFormatSchema,
  /** Start the app (in the tray) when the person logs in. */
  launchAtLogin: z.boolean(),
  /** The global shortcut that opens the quick switcher; '' turns it off. */
  quickSwitcherShortcut: acceleratorSchema,
  /** Notify shortly before a pinned profile's token expires when nothing will renew it. */
  expiryReminders: z.boolean(),
  /** The board's row density. */
  density: z.enum(densities),
  /** The windows' colour scheme. */
  theme: z.enum(themes),
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
  density: 'comfortable',
  theme: 'system',
};

/** A change to some settings; unknown keys are refused rather than ignored. */
export const settingsPatchSchema = z.partial(z.strictObject(settingsSchema.shape));
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
