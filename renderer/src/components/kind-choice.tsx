// The profile form's "Kind" radio group: client credentials (recommended) or username and password, with why.
import { useId } from 'react';
import type { ProfileKind } from '../profile-form';
import { RadioOption } from './radio-option';

const KINDS: readonly { readonly kind: ProfileKind; readonly label: string }[] = [
  { kind: 'client_credentials', label: 'Client credentials (recommended)' },
  { kind: 'password', label: 'Username and password' },
];

interface KindChoiceProps {
  readonly value: ProfileKind;
  /** A saved profile keeps its kind; the choice is shown but cannot change. */
  readonly locked: boolean;
  readonly onChange: (kind: ProfileKind) => void;
}

export function KindChoice({ value, locked, onChange }: KindChoiceProps) {
  const noteId = useId();
  return (
    <fieldset className="choice-field" disabled={locked} aria-describedby={noteId}>
      <legend>Kind</legend>
      <div className="choice-options">
        {KINDS.map(({ kind, label }) => (
          <RadioOption key={kind} name="kind" value={kind} label={label} checked={value === kind} onChange={() => onChange(kind)} />
        ))}
      </div>
      <p id={noteId} className="field-hint">
        {locked
          ? 'A saved profile keeps its kind. To switch, create a new profile.'
          : 'Client credentials are recommended: current OAuth guidance (RFC 9700) advises against signing in with a username and password. Use that kind only when you cannot create an API token.'}
      </p>
    </fieldset>
  );
}
