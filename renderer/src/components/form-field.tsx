// One labelled input (or text area) of a form, with its hint or error tied to it for screen readers, and, for an input that
// reads pastes, a polite note of what a paste did.
import { useId, type ClipboardEvent, type FocusEvent } from 'react';

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
  /** Reads a paste into the input (single-line only); with it, `pasted` is shown under the input, in a polite live region. */
  readonly onPaste?: (field: F, event: ClipboardEvent<HTMLInputElement>) => void;
  /** What the last paste into this input did, e.g. "Removed the spaces around the pasted client ID."; null: nothing to say. */
  readonly pasted?: string | null;
}

export function FormField<F extends string>({ field, label, value, error, hint, type = 'text', autoComplete = 'off', multiline = false, onChange, onBlur, onPaste, pasted }: FormFieldProps<F>) {
  const inputId = useId();
  const noteId = useId();
  const pastedId = useId();
  const note = error ?? hint;
  const describedBy = [note && noteId, pasted && pastedId].filter(Boolean).join(' ');
  const shared = {
    id: inputId,
    name: field,
    value,
    spellCheck: multiline,
    'aria-invalid': error !== undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(field, event.target.value)} onBlur={(event) => onBlur(field, event)} />
      ) : (
        <input
          {...shared}
          type={type}
          autoComplete={autoComplete}
          onChange={(event) => onChange(field, event.target.value)}
          onBlur={(event) => onBlur(field, event)}
          onPaste={onPaste && ((event) => onPaste(field, event))}
        />
      )}
      {note && (
        <p id={noteId} className={error ? 'field-error' : 'field-hint'}>
          {note}
        </p>
      )}
      {/* Always there, empty until a paste: a live region that appears already filled is often not read out. */}
      {onPaste && (
        <p id={pastedId} className="field-pasted" role="status">
          {pasted}
        </p>
      )}
    </div>
  );
}
