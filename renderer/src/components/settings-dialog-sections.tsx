// The settings form's groups of fields: tokens, clipboard, desktop and (only without a keyring) storage.
import { numberSettings, limitsOf, type FlagSetting, type NumberSetting } from '../settings-form';
import type { SettingsFormState } from '../use-settings-form';
import { CheckField } from './check-field';
import { CopyFormatField } from './copy-format-field';
import { NumberField } from './number-field';
import { ShortcutField } from './shortcut-field';

const NUMBER_FIELDS: Readonly<Record<NumberSetting, { label: string; hint: string }>> = {
  expiringSoonSeconds: { label: 'Expiring soon (seconds)', hint: 'A token with less time left than this shows “Expiring soon”.' },
  copyMarginSeconds: {
    label: 'Least time left on a copied token (seconds)',
    hint: 'Copy gets a new token first when the current one has less than this left, so what you paste does not expire while you use it.',
  },
  requestTimeoutSeconds: { label: 'Wait for Butlr (seconds)', hint: 'How long Get token waits for Butlr to answer before it gives up.' },
  clipboardClearSeconds: { label: 'Clear clipboard after (seconds)', hint: 'Only if it still holds the copied token. 0 never clears.' },
};

const FLAG_FIELDS: Readonly<Record<FlagSetting, { label: string; hint: string; warning?: true }>> = {
  autoRefreshByDefault: {
    label: 'Auto-refresh new profiles',
    hint: 'Off by default: each token auto-refresh gets is a sign-in to Butlr, and Butlr may limit how many sign-ins your organisation makes. Existing profiles keep their own switch.',
  },
  expiryReminders: {
    label: 'Remind before a pinned token expires',
    hint: 'A notification shortly before a pinned profile’s token runs out, when auto-refresh is off for it.',
  },
  launchAtLogin: { label: 'Launch at login', hint: 'Starts in the tray when you sign in to this computer.' },
  allowWeakEncryption: {
    label: 'Store secrets without a keyring',
    hint: 'This computer has no keyring, so secrets and tokens are only obfuscated with a key built into the app: anyone who can read your files can recover them. Turn this on only if you accept that; a keyring (GNOME Keyring or KWallet) is safer. While it is off, tokens are kept in memory only.',
    warning: true,
  },
};

function SettingFlag({ form, field }: { readonly form: SettingsFormState; readonly field: FlagSetting }) {
  const { label, hint, warning = false } = FLAG_FIELDS[field];
  return (
    <CheckField name={field} label={label} checked={form.values[field]} hint={hint} warning={warning} onChange={(checked) => form.setFlag(field, checked)} />
  );
}

function SettingNumber({ form, field }: { readonly form: SettingsFormState; readonly field: NumberSetting }) {
  const { min, max } = limitsOf(field);
  const { label, hint } = NUMBER_FIELDS[field];
  return (
    <NumberField
      name={field}
      label={label}
      hint={`${hint} ${min}–${max}.`}
      min={min}
      max={max}
      value={form.values[field]}
      error={form.errors[field]}
      onChange={(value) => form.change(field, value)}
      onBlur={() => form.blur(field)}
    />
  );
}

export function TokenSettings({ form }: { readonly form: SettingsFormState }) {
  return (
    <fieldset className="settings-group">
      <legend>Tokens</legend>
      {numberSettings
        .filter((field) => field !== 'clipboardClearSeconds')
        .map((field) => (
          <SettingNumber key={field} form={form} field={field} />
        ))}
      <SettingFlag form={form} field="autoRefreshByDefault" />
      <SettingFlag form={form} field="expiryReminders" />
    </fieldset>
  );
}

export function ClipboardSettings({ form }: { readonly form: SettingsFormState }) {
  return (
    <fieldset className="settings-group">
      <legend>Clipboard</legend>
      <CopyFormatField value={form.values.defaultCopyFormat} onChange={form.setCopyFormat} />
      <SettingNumber form={form} field="clipboardClearSeconds" />
    </fieldset>
  );
}

export function DesktopSettings({ form, savedShortcut }: { readonly form: SettingsFormState; readonly savedShortcut: string }) {
  return (
    <fieldset className="settings-group">
      <legend>Desktop</legend>
      <SettingFlag form={form} field="launchAtLogin" />
      <ShortcutField
        value={form.values.quickSwitcherShortcut}
        error={form.errors.quickSwitcherShortcut}
        saved={savedShortcut}
        onChange={(value) => form.change('quickSwitcherShortcut', value)}
        onBlur={() => form.blur('quickSwitcherShortcut')}
      />
    </fieldset>
  );
}

/** Only on a computer without a keyring, where the choice exists at all. */
export function StorageSettings({ form }: { readonly form: SettingsFormState }) {
  return (
    <fieldset className="settings-group">
      <legend>Storage</legend>
      <SettingFlag form={form} field="allowWeakEncryption" />
    </fieldset>
  );
}
