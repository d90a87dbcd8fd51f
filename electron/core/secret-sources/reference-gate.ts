// What a window may ask main to run: a window is not trusted to name a program, nor where a secret goes. A preset runs
// only the vendor CLI main itself finds on this computer; a custom command runs only after the person agreed to it in a
// dialog owned by main, and so does a preset whose answer would be sent to a server other than Butlr's own (else a
// window could read any item the person can reach and send it anywhere; an import is held to the same rule,
// imported-references.ts). The form asks on Test, then on Save; a Save of exactly what the person allowed on Test, for
// exactly that profile, is not asked again (allowed-commands.ts), and anything else is.
import { appError } from '../../../shared/app-error';
import { principalOf } from '../../../shared/credentials/credential-kinds';
import { DEFAULT_BASE_URL } from '../../../shared/profile';
import { fail, ok, type Result } from '../../../shared/result';
import { cliNameOf, describeCommand, secretPresets, type SecretReference } from '../../../shared/secret-sources/secret-presets';
import type { SignInIdentity } from '../profiles/sign-in-identity';
import type { AllowedCommands } from './allowed-commands';
import type { CommandQuestion } from './command-question';
import type { FindExecutable } from './imported-references';

/** Asks the person, in main's own dialog, whether the reference may run for the profile; true: it may. */
export type ConfirmCommand = (question: CommandQuestion) => Promise<boolean>;

/** The profile a reference is checked for: its name, which the dialog shows, and who it signs in as, where. */
export type GatedProfile = SignInIdentity & { readonly name: string };

export interface ReferenceGate {
  /** Before a Test runs it. The value: the handle of what the person just allowed in the dialog, for a Save of it; else null. */
  forTest(reference: SecretReference, profile: GatedProfile): Promise<Result<string | null>>;
  /** Before a Save confirms it. `allowed`: the handle the form's Test answered with, which spares the dialog only for what it names. */
  forSave(reference: SecretReference, profile: GatedProfile, allowed?: string): Promise<Result<void>>;
}

const notConfirmed = () => fail(appError('invalid_request', 'The command was not confirmed, so nothing was run or saved.', { field: 'executable' }));

/** Whether the person must agree in main's dialog before it runs: a custom command, or a preset sending to another server. */
const needsPerson = (reference: SecretReference, profile: GatedProfile): boolean => reference.preset === 'custom' || profile.baseUrl !== DEFAULT_BASE_URL;

const questionFor = (reference: SecretReference, profile: GatedProfile): CommandQuestion => ({
  profileName: profile.name,
  command: describeCommand(reference),
  sendsTo: profile.baseUrl,
  signsInAs: principalOf(profile).value,
  preset: reference.preset === 'custom' ? null : secretPresets[reference.preset].label,
});

export function createReferenceGate(find: FindExecutable, confirm: ConfirmCommand, allowedCommands: AllowedCommands): ReferenceGate {
  const presetIsFound = (reference: SecretReference): Result<void> => {
    if (reference.preset === 'custom') return ok(undefined);
    const { label } = secretPresets[reference.preset];
    if (find(cliNameOf(reference.preset)) === reference.executable) return ok(undefined);
    return fail(
      appError('invalid_request', `That is not where the ${label} CLI is on this computer. Choose ${label} again so the app finds it.`, { field: 'executable' }),
    );
  };
  return {
    async forTest(reference, profile) {
      const found = presetIsFound(reference);
      if (!found.ok) return found;
      if (!needsPerson(reference, profile)) return ok(null);
      if (!(await confirm(questionFor(reference, profile)))) return notConfirmed();
      return ok(allowedCommands.keep(profile, reference));
    },
    async forSave(reference, profile, allowed) {
      const found = presetIsFound(reference);
      if (!found.ok) return found;
      if (!needsPerson(reference, profile)) return ok(undefined);
      // Spent whatever it names: a handle for another command or profile, a used or a late one, means asking again.
      if (allowed !== undefined && allowedCommands.claim(allowed, profile, reference)) return ok(undefined);
      return (await confirm(questionFor(reference, profile))) ? ok(undefined) : notConfirmed();
    },
  };
}
