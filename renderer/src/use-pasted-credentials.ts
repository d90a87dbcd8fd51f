// The profile form's side of a paste into a client ID or secret (pasted-credentials.ts says what it means): the fields it
// fills, and the note of what it did, shown while the field still holds what the paste put there.
import { useState, type ClipboardEvent } from 'react';
import { readPaste } from './pasted-credentials';
import { sectionOf, type TextField } from './profile-form';
import type { ProfileFormState } from './use-profile-form';

/** A paste the form read, into `field`. */
export interface PasteNote {
  readonly field: TextField;
  readonly note: string;
}

export interface PastedCredentials {
  /** What the last paste did, while its field still holds what it put there; typing on makes it go. */
  readonly note: PasteNote | null;
  readonly onPaste: (field: TextField, event: ClipboardEvent<HTMLInputElement>) => void;
}

/** `onAdvancedFilled`: a paste set a field under Advanced to a new value. */
export function usePastedCredentials(form: ProfileFormState, onAdvancedFilled: () => void): PastedCredentials {
  const [last, setLast] = useState<(PasteNote & { readonly value: string }) | null>(null);
  const { values } = form;

  function onPaste(field: TextField, event: ClipboardEvent<HTMLInputElement>): void {
    const reading = readPaste(event.clipboardData.getData('text/plain'), field, values);
    if (!reading) return;
    event.preventDefault();
    const input = event.currentTarget;
    const end = input.value.length;
    const filled: Partial<Record<TextField, string>> =
      reading.kind === 'fill' ? reading.values : { [field]: input.value.slice(0, input.selectionStart ?? end) + reading.text + input.value.slice(input.selectionEnd ?? end) };
    for (const [key, value] of Object.entries(filled)) form.change(key as TextField, value);
    if (Object.entries(filled).some(([key, value]) => sectionOf(key as TextField, values.kind) === 'advanced' && value !== values[key as TextField])) onAdvancedFilled();
    setLast({ field, note: reading.note, value: filled[field] ?? values[field] });
  }

  return { note: last && values[last.field] === last.value ? last : null, onPaste };
}
