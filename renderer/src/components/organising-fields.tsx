// The profile form's organising fields: notes, tags (comma-separated) and a colour.
import type { FocusEvent } from 'react';
import type { TextField } from '../profile-form';
import type { ProfileFormState } from '../use-profile-form';
import { ColorChoice } from './color-choice';
import { FormField } from './form-field';

interface OrganisingFieldsProps {
  readonly form: ProfileFormState;
  readonly onBlur: (field: TextField, event: FocusEvent<HTMLElement>) => void;
}

export function OrganisingFields({ form, onBlur }: OrganisingFieldsProps) {
  const { values, errors, change } = form;
  return (
    <>
      <FormField field="notes" label="Notes" hint="Only for you: what this profile is for, who owns the client." multiline value={values.notes} error={errors.notes} onChange={change} onBlur={onBlur} />
      <FormField field="tags" label="Tags" hint="Separate tags with commas, e.g. production, eu." value={values.tags} error={errors.tags} onChange={change} onBlur={onBlur} />
      <ColorChoice value={values.color} onChange={form.setColor} />
    </>
  );
}
