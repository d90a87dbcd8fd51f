// The Settings dialog: thresholds, timeout and the auto-refresh default, checked with the shared schema and saved through main.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { errorMessage } from '../ipc-client';
import { settingsQuery, useUpdateSettings } from '../queries';
import { firstInvalidSetting, limitsOf, type EditableSettings, type NumberSetting } from '../settings-form';
import { showToast } from '../toast-store';
import { useSettingsForm } from '../use-settings-form';
import { NumberField } from './number-field';

const FIELDS: readonly { field: NumberSetting; label: string; hint: string }[] = [
  { field: 'expiringSoonSeconds', label: 'Expiring soon (seconds)', hint: 'A token with less time left than this shows “Expiring soon”.' },
  { field: 'copyMarginSeconds', label: 'Copy margin (seconds)', hint: 'Copy fetches a fresh token first when the held one has less than this left.' },
  { field: 'requestTimeoutSeconds', label: 'Request timeout (seconds)', hint: 'How long a sign-in may take before it is given up.' },
];

function SettingsForm({ initial, onCancel, onSaved }: { readonly initial: EditableSettings; readonly onCancel: () => void; readonly onSaved: () => void }) {
  const form = useSettingsForm(initial);
  const update = useUpdateSettings();
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const autoHintId = useId();

  useEffect(() => formRef.current?.querySelector<HTMLInputElement>('input')?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (update.isPending) return;
    // flushSync so the messages exist before focus moves to the first of them.
    const verdict = flushSync(() => form.validateAll());
    if (!verdict.ok) {
      const field = firstInvalidSetting(verdict.errors);
      const input = field && formRef.current?.elements.namedItem(field);
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    setFormError(null);
    update.mutate(verdict.settings, {
      onSuccess: () => {
        showToast('status', 'Settings saved');
        onSaved();
      },
      onError: (error) => setFormError(errorMessage(error)),
    });
  }

  return (
    <form ref={formRef} className="profile-form" noValidate onSubmit={handleSubmit}>
      <h2 id="settings-title">Settings</h2>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <fieldset disabled={update.isPending}>
        {FIELDS.map(({ field, label, hint }) => {
          const { min, max } = limitsOf(field);
          return (
            <NumberField
              key={field}
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
        })}
        <div className="check-field">
          <input
            id="settings-auto-refresh"
            type="checkbox"
            checked={form.values.autoRefreshByDefault}
            aria-describedby={autoHintId}
            onChange={(event) => form.setAutoRefreshByDefault(event.target.checked)}
          />
          <label htmlFor="settings-auto-refresh">Auto-refresh new profiles</label>
          <p id={autoHintId} className="field-hint">
            Off by default: every renewal is a sign-in that may count against your tenant’s token quota. Existing profiles keep their own switch.
          </p>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" aria-busy={update.isPending}>
            Save settings
          </button>
        </div>
      </fieldset>
    </form>
  );
}

export function SettingsDialog({ onClose }: { readonly onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { data: settings, error } = useQuery(settingsQuery());
  const close = (): void => dialogRef.current?.close();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="settings-title" onClose={onClose}>
      {settings ? (
        <SettingsForm initial={settings} onCancel={close} onSaved={close} />
      ) : (
        <div className="profile-form">
          <h2 id="settings-title">Settings</h2>
          <p className={error ? 'form-error' : 'muted'}>{error ? errorMessage(error) : 'Loading settings…'}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close}>
              Close
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
