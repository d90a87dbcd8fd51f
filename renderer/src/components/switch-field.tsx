// An on/off setting in the details panel: its label beside a checkbox drawn as a switch (switch.css), described by a
// note the caller places.
import { useId } from 'react';

interface SwitchFieldProps {
  readonly label: string;
  /** The label as a section's title, when the switch heads its own section. */
  readonly labelClassName?: string;
  readonly checked: boolean;
  readonly disabled: boolean;
  /** The id of the note that says what the switch does. */
  readonly describedBy: string;
  readonly onChange: (checked: boolean) => void;
}

export function SwitchField({ label, labelClassName, checked, disabled, describedBy, onChange }: SwitchFieldProps) {
  const inputId = useId();
  return (
    <div className="switch-field">
      <label htmlFor={inputId} className={labelClassName}>
        {label}
      </label>
      <input
        id={inputId}
        type="checkbox"
        role="switch"
        className="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.checked)}
      />
    </div>
  );
}
