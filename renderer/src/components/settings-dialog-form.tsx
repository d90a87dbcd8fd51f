// The settings form: every setting, checked with the shared schema, saved through main in one request.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Settings } from '../../../shared/settings';
import { errorMessage } from '../ipc-client';
import { encryptionStatusQuery, useUpdateSettings } from '../queries';
import { changedSettings, firstInvalidSetting } from '../settings-form';
import { useRefreshShortcutStatus } from '../settings-queries';
import { showToast } from '../toast-store';
import { useSettingsForm } from '../use-settings-form';
import { AppearanceSettings } from './appearance-settings';
import { BoardSettings } from './board-settings';
import { CommandLineSettings } from './command-line-settings';
import { ClipboardSettings, DesktopSettings, StorageSettings, TokenSettings } from './settings-dialog-sections';

interface SettingsFormProps {
  readonly initial: Settings;
  readonly onCancel: () => void;
  readonly onSaved: () => void;
}

export function SettingsForm({ initial, onCancel, onSaved }: SettingsFormProps) {
  const form = useSettingsForm(initial);
  const update = useUpdateSettings();
  const refreshShortcutStatus = useRefreshShortcutStatus();
  const { data: encryption } = useQuery(encryptionStatusQuery());
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);

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
    const patch = changedSettings(initial, verdict.settings);
    if (Object.keys(patch).length === 0) return onSaved();
    update.mutate(patch, {
      onSuccess: () => {
        refreshShortcutStatus();
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
        <TokenSettings form={form} />
        <ClipboardSettings form={form} />
        <DesktopSettings form={form} savedShortcut={initial.quickSwitcherShortcut} />
        <BoardSettings density={form.values.density} onDensity={form.setDensity} />
        <AppearanceSettings theme={form.values.theme} onTheme={form.setTheme} />
        {encryption?.weak && <StorageSettings form={form} />}
        <CommandLineSettings />
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
