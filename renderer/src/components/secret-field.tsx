// A secret's input (a client secret, a password) with a toggle that shows it while pressed, room on the same line for
// an action (Test) and, under the line, its hint or error, what a paste did, and what the action found.
import { useId, type ClipboardEvent, type FocusEvent, type ReactNode } from 'react';

interface SecretFieldProps<F extends string> {
  readonly field: F;
  readonly label: string;
  /** The secret inside a sentence, for the toggle's name: "Show client secret". */
  readonly name: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly hint?: string | undefined;
  /** Shown as typed while true; the form hides it again when it is saved or closed. */
  readonly revealed: boolean;
  readonly onReveal: (revealed: boolean) => void;
  /** What the last paste did; the note stays in a polite live region under the line. */
  readonly pasted: string | null;
  readonly onChange: (field: F, value: string) => void;
  readonly onBlur: (field: F, event: FocusEvent<HTMLElement>) => void;
  readonly onPaste: (field: F, event: ClipboardEvent<HTMLInputElement>) => void;
  /** On the line, after the toggle. */
  readonly action?: ReactNode;
  /** Under the line, after the notes: what the action found. */
  readonly outcome?: ReactNode;
}

function EyeIcon({ crossed }: { readonly crossed: boolean }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" focusable="false">
      <path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8z" />
      <circle cx="8" cy="8" r="2" />
      {crossed && <path d="M2.5 13.5l11-11" />}
    </svg>
  );
}

export function SecretField<F extends string>(props: SecretFieldProps<F>) {
  const { field, label, name, value, error, hint, revealed, onReveal, pasted, onChange, onBlur, onPaste, action, outcome } = props;
  const inputId = useId();
  const noteId = useId();
  const pastedId = useId();
  const note = error ?? hint;
  const describedBy = [note && noteId, pasted && pastedId].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field secret-field field-invalid' : 'field secret-field'}>
      <label htmlFor={inputId}>{label}</label>
      <div className="secret-line">
        <input
          id={inputId}
          name={field}
          type={revealed ? 'text' : 'password'}
          value={value}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(field, event.target.value)}
          onBlur={(event) => onBlur(field, event)}
          onPaste={(event) => onPaste(field, event)}
        />
        {/* A toggle keeps its name; aria-pressed says whether the secret is shown. */}
        <button
          type="button"
          className="button button-icon reveal-toggle"
          aria-label={`Show ${name}`}
          title={revealed ? `Hide ${name}` : `Show ${name}`}
          aria-pressed={revealed}
          onClick={() => onReveal(!revealed)}
        >
          <EyeIcon crossed={revealed} />
        </button>
        {action}
      </div>
      {note && (
        <p id={noteId} className={error ? 'field-error' : 'field-hint'}>
          {note}
        </p>
      )}
      <p id={pastedId} className="field-pasted" role="status">
        {pasted}
      </p>
      {outcome}
    </div>
  );
}
