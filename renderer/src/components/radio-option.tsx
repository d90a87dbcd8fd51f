// One radio button with its label, and an optional hint tied to it for screen readers.
import { useId } from 'react';

interface RadioOptionProps {
  readonly name: string;
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  readonly checked: boolean;
  readonly onChange: () => void;
}

export function RadioOption({ name, value, label, hint, checked, onChange }: RadioOptionProps) {
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="choice-option">
      <input id={inputId} type="radio" name={name} value={value} checked={checked} aria-describedby={hint ? hintId : undefined} onChange={onChange} />
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint choice-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
