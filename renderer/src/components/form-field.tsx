// One labelled input (or text area) of a form, with its hint or error tied to it for screen readers.
import { useId, type FocusEvent } from 'react';

interface FormFieldProps<F extends string> {
  /** The input's name, handed back to onChange and onBlur. */
  readonly field: F;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly hint?: string;
  readonly type?: 'text' | 'password' | 'url';
  /** The browser's autocomplete hint; off unless said otherwise. */
  readonly autoComplete?: string;
  readonly multiline?: boolean;
  readonly onChange: (field: F, value: string) => void;
  readonly onBlur: (field: F, event: FocusEvent<HTMLElement>) => void;
}

export function FormField<F extends string>({ field, label, value, error, hint, type = 'text', autoComplete = 'off', multiline = false, onChange, onBlur }: FormFieldProps<F>) {
  const inputId = useId();
  const noteId = useId();
  const note = error ?? hint;
  const shared = {
    id: inputId,
    name: field,
    value,
    spellCheck: multiline,
    'aria-invalid': error !== undefined,
    'aria-describedby': note ? noteId : undefined,
  };
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(field, event.target.value)} onBlur={(event) => onBlur(field, event)} />
      ) : (
        <input {...shared} type={type} autoComplete={autoComplete} onChange={(event) => onChange(field, event.target.value)} onBlur={(event) => onBlur(field, event)} />
      )}
      {note && (
        <p id={noteId} className={error ? 'field-error' : 'field-hint'}>
          {note}
        </p>
      )}
    </div>
  );
}
