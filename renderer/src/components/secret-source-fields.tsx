// Where a profile's secret comes from, chosen next to the secret: typed here, or read from the team's secret manager. For a
// preset, its inputs and the exact command it will run (main finds the vendor's CLI and the absolute path is stored); for a
// custom command, the program and its arguments, one per line. Test sits on the last input's line, as beside a typed secret.
import { useEffect, useId, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { describeCommand, secretPresetList, secretPresets } from '../../../shared/secret-sources/secret-presets';
import { errorMessage, unwrap } from '../ipc-client';
import type { TextField } from '../profile-form';
import { referenceOf, type SecretSourceChoice as SecretSourceChoiceValue } from '../secret-source-form';
import type { ProfileFormState } from '../use-profile-form';
import { FormField } from './form-field';

type Lookup = { readonly state: 'looking' } | { readonly state: 'missing'; readonly lookedIn: readonly string[] } | { readonly state: 'failed'; readonly message: string } | null;

export interface SecretSourceChoice {
  /** Where main is looking for the chosen preset's CLI, or why it found none; null: nothing to say. */
  readonly lookup: Lookup;
  /** Chooses where the secret comes from; for a preset, main looks for its CLI and the form takes its absolute path. */
  choose(source: SecretSourceChoiceValue): void;
}

/**
 * The source choice with the lookup it starts: asked once per choice, an older answer ignored once another was chosen. A
 * saved preset is looked up again as the form opens: the path it holds may be another computer's (an import) or stale.
 */
export function useSecretSourceChoice(form: ProfileFormState): SecretSourceChoice {
  const [lookup, setLookup] = useState<Lookup>(null);
  const latest = useRef(0);
  /** `saved`: the path the form opened with, kept when it is where the CLI is (so the form does not count as changed). */
  const lookUp = (source: SecretSourceChoiceValue, saved?: string): void => {
    const asked = ++latest.current;
    if (source === 'stored' || source === 'custom') return setLookup(null);
    setLookup({ state: 'looking' });
    unwrap(window.butlr.findSecretManager({ preset: source })).then(
      (found) => {
        if (asked !== latest.current) return;
        if (found.executable === null) return setLookup({ state: 'missing', lookedIn: found.lookedIn });
        setLookup(null);
        if (found.executable !== saved) form.change('executable', found.executable);
      },
      (error: unknown) => asked === latest.current && setLookup({ state: 'failed', message: errorMessage(error) }),
    );
  };
  const opened = useRef(form.values);
  // Once, as the form opens: what the profile was saved with, not what is typed since.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => lookUp(opened.current.secretSource, opened.current.executable), []);
  return {
    lookup,
    choose(source) {
      form.setSecretSource(source);
      lookUp(source);
    },
  };
}

/** The choice itself, above the secret or the reference. */
export function SecretSourceSelect({ form, choice, secretName }: { readonly form: ProfileFormState; readonly choice: SecretSourceChoice; readonly secretName: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Where the {secretName} comes from</label>
      <select id={id} name="secretSource" value={form.values.secretSource} onChange={(event) => choice.choose(event.target.value as SecretSourceChoiceValue)}>
        <option value="stored">Typed here, encrypted on this computer</option>
        {secretPresetList.map((preset) => (
          <option key={preset.preset} value={preset.preset}>
            {preset.preset === 'custom' ? 'Custom command' : `${preset.label} (team secret manager)`}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ReferenceFieldsProps {
  readonly form: ProfileFormState;
  readonly lookup: Lookup;
  readonly onBlur: (field: TextField, event: FocusEvent<HTMLElement>) => void;
  /** Test, on the line of the last input. */
  readonly action: ReactNode;
  /** What Test found. */
  readonly outcome: ReactNode;
  /** Set when the base URL or audience changed: saving confirms the reference for the new server. */
  readonly reconfirm: string | null;
}

export function ReferenceFields({ form, lookup, onBlur, action, outcome, reconfirm }: ReferenceFieldsProps) {
  const { values, errors, change } = form;
  const source = values.secretSource;
  if (source === 'stored') return null;
  const preset = secretPresets[source];
  const reference = referenceOf(values);
  const inputs = source === 'custom' ? [] : secretPresets[source].inputs;

  let commandNote: string;
  if (lookup?.state === 'looking') commandNote = `Looking for ${preset.executableName}…`;
  else if (lookup?.state === 'missing') {
    commandNote = `The ${preset.label} CLI (${preset.executableName}) was not found on ${lookup.lookedIn.join(', ')}. Install it, then choose ${preset.label} again.`;
  } else if (lookup?.state === 'failed') commandNote = lookup.message;
  else commandNote = reference && values.executable !== '' ? `Runs, without a shell: ${describeCommand(reference)}` : 'Runs nothing until the program is given.';

  return (
    <div className="reference-fields" data-testid="reference-fields">
      {source === 'custom' ? (
        <>
          <FormField field="executable" label="Program" hint="Its absolute path, e.g. /usr/local/bin/get-butlr-secret. It must print the secret alone." value={values.executable} error={errors.executable} onChange={change} onBlur={onBlur} />
          <FormField field="args" label="Arguments, one per line" hint="Each line is passed as it is: no shell reads quotes, spaces or $( )." multiline value={values.args} error={errors.args} onChange={change} onBlur={onBlur} />
        </>
      ) : (
        inputs.map((input) => (
          <FormField key={input.key} field={input.key as TextField} label={input.label} hint={input.hint ?? `e.g. ${input.placeholder}`} value={values[input.key as TextField]} error={errors[input.key as TextField]} onChange={change} onBlur={onBlur} />
        ))
      )}
      <p className="reference-command" role="status" data-testid="reference-command">
        {errors.executable && source !== 'custom' ? errors.executable : commandNote}
      </p>
      <div className="reference-test">{action}</div>
      {outcome}
      {reconfirm && (
        <p className="form-warning" role="status" data-testid="reference-reconfirm">
          The {reconfirm} changed: saving confirms that this command’s secret may be sent to the new server.
        </p>
      )}
    </div>
  );
}
