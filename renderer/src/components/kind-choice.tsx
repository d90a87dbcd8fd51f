// The profile form's "Kind" radio group: one option per kind in the table (client credentials, recommended, first), with
// the cautions the kinds carry (the password grant's).
import { useId } from 'react';
import { credentialKindList } from '../../../shared/credentials/credential-kinds';
import type { ProfileKind } from '../profile-form';
import { RadioOption } from './radio-option';

const cautions = credentialKindList.flatMap((facts) => (facts.caution === null ? [] : [facts.caution])).join(' ');

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
        {credentialKindList.map(({ kind, choiceLabel }) => (
          <RadioOption key={kind} name="kind" value={kind} label={choiceLabel} checked={value === kind} onChange={() => onChange(kind)} />
        ))}
      </div>
      <p id={noteId} className="field-hint">
        {locked ? 'A saved profile keeps its kind. To switch, create a new profile.' : cautions}
      </p>
    </fieldset>
  );
}
