// The quick switcher's global shortcut: typed in Electron's accelerator syntax, with whether main could register the saved one.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { shortcutStatusQuery } from '../settings-queries';

interface ShortcutFieldProps {
  readonly value: string;
  readonly error: string | undefined;
  /** The shortcut as saved, which is the one the status is about. */
  readonly saved: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

function statusText(status: { registered: boolean; message: string | null; accelerator: string } | undefined, saved: string): string {
  if (saved === '') return 'Off: no shortcut opens the quick switcher.';
  if (!status) return 'Checking whether the shortcut is registered…';
  if (status.registered) return status.message ?? `Registered: ${status.accelerator} opens the quick switcher from any app.`;
  return status.message ?? 'Not registered: this window runs without the desktop integration, so no global shortcut is active.';
}

export function ShortcutField({ value, error, saved, onChange, onBlur }: ShortcutFieldProps) {
  const inputId = useId();
  const noteId = useId();
  const statusId = useId();
  const { data: status } = useQuery(shortcutStatusQuery());
  // Registered with nothing left in doubt (on Wayland the desktop decides, and main says so in the message).
  const registered = saved !== '' && status?.registered === true && status.message === null;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={inputId}>Quick switcher shortcut</label>
      <input
        id={inputId}
        name="quickSwitcherShortcut"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={`${noteId} ${statusId}`}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      <p id={noteId} className={error ? 'field-error' : 'field-hint'}>
        {error ?? 'Modifiers and a key joined by +, e.g. CommandOrControl+Alt+Shift+B. Leave empty for none.'}
      </p>
      <p id={statusId} className={registered ? 'shortcut-status shortcut-status-ok' : 'shortcut-status'} data-testid="shortcut-status">
        {statusText(status, saved)}
      </p>
    </div>
  );
}
