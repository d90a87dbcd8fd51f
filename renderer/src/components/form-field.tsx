// One labelled input of the new-profile form, with its hint or error tied to it for screen readers.
import { useId, type FocusEvent } from 'react';
import type { ProfileField } from '../profile-form';

interface FormFieldProps {
  readonly field: ProfileField;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly hint?: string;
  readonly type?: 'text' | 'password' | 'url';
  readonly onChange: (field: ProfileField, value: string) => void;
  readonly onBlur: (field: ProfileField, event: FocusEvent<HTMLInputElement>) => void;
}

export function FormField({ field, label, value, error, hint, type = 'text', onChange, onBlur }: FormFieldProps) {
  const inputId = useId();
  const noteId = useId();
  const note = error ?? hint;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name={field}
        type={type}
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error !== undefined}
        aria-describedby={note ? noteId : undefined}
        onChange={(event) => onChange(field, event.target.value)}
        onBlur={(event) => onBlur(field, event)}
      />
      {note && (
        <p id={noteId} className={error ? 'field-error' : 'field-hint'}>
          {note}
        </p>
      )}
    </div>
  );
}
