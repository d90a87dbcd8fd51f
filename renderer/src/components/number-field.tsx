// One labelled whole-number input of the settings form, with its hint or error tied to it for screen readers.
import { useId } from 'react';

interface NumberFieldProps {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly hint: string;
  readonly min: number;
  readonly max: number;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

export function NumberField({ name, label, value, error, hint, min, max, onChange, onBlur }: NumberFieldProps) {
  const inputId = useId();
  const noteId = useId();
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={noteId}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      <p id={noteId} className={error ? 'field-error' : 'field-hint'}>
        {error ?? hint}
      </p>
    </div>
  );
}
