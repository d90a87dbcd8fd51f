// The profile form's secret source: typed here and stored, or read from a secret manager. The form's text for each
// preset's inputs, turned into the reference main stores (shared/secret-sources/secret-presets.ts says what each needs).
import type { SecretPreset, SecretReference } from '../../shared/secret-sources/secret-presets';

export type SecretSourceChoice = 'stored' | SecretPreset;

/** Every preset's inputs, as the form keeps them: switching presets back and forth keeps what was typed. */
export type ReferenceField = 'reference' | 'secretId' | 'path' | 'field' | 'secretName' | 'executable' | 'args';
export const referenceFields: readonly ReferenceField[] = ['reference', 'secretId', 'path', 'field', 'secretName', 'executable', 'args'];

export type ReferenceFormValues = Record<ReferenceField, string> & { readonly secretSource: SecretSourceChoice };

export const emptyReferenceForm: ReferenceFormValues = { secretSource: 'stored', reference: '', secretId: '', path: '', field: '', secretName: '', executable: '', args: '' };

/** The reference the form's values make, for the shared schema to check; null for a stored secret. */
export function referenceOf(values: ReferenceFormValues): SecretReference | null {
  const { secretSource: preset, executable } = values;
  switch (preset) {
    case 'stored':
      return null;
    case '1password':
      return { preset, executable, reference: values.reference };
    case 'bitwarden':
      return { preset, executable, secretId: values.secretId };
    case 'vault':
      return { preset, executable, path: values.path, field: values.field };
    case 'doppler':
      return { preset, executable, secretName: values.secretName };
    case 'custom':
      // One argument per line, each exactly as typed: no shell splits or unquotes them.
      return { preset, executable: executable.trim(), args: values.args === '' ? [] : values.args.split('\n') };
  }
}

/** A saved reference as the form starts it. */
export function referenceFormValuesOf(reference: SecretReference | undefined): ReferenceFormValues {
  if (!reference) return emptyReferenceForm;
  const { preset, ...rest } = reference;
  const args = 'args' in rest ? rest.args.join('\n') : '';
  return { ...emptyReferenceForm, ...(rest as Partial<Record<ReferenceField, string>>), args, secretSource: preset };
}
