// One labelled checkbox with its hint underneath, tied to it for screen readers.
import { useId, type ReactNode } from 'react';

interface CheckFieldProps {
  readonly name: string;
  readonly label: string;
  readonly checked: boolean;
  readonly hint: ReactNode;
  /** A hint that warns, shown in the warning style. */
  readonly warning?: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function CheckField({ name, label, checked, hint, warning = false, onChange }: CheckFieldProps) {
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="check-field">
      <input id={inputId} name={name} type="checkbox" checked={checked} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={inputId}>{label}</label>
      <p id={hintId} className={warning ? 'field-hint form-warning' : 'field-hint'}>
        {hint}
      </p>
    </div>
  );
}
