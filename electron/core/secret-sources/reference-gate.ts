// What a window may ask main to run: a window is not trusted to name a program. A preset runs only the vendor CLI main
// itself finds on this computer; a custom command runs only after the person agreed to it in a dialog owned by main. The
// form asks that on Test, then on Save; a Save of exactly the command the person allowed on Test, for exactly that profile,
// is not asked again (allowed-commands.ts), and anything else is.
import { appError } from '../../../shared/app-error';
import { fail, ok, type Result } from '../../../shared/result';
import { describeCommand, secretPresets, type SecretReference } from '../../../shared/secret-sources/secret-presets';
import type { SignInIdentity } from '../profiles/sign-in-identity';
import type { AllowedCommands } from './allowed-commands';
import type { FindExecutable } from './imported-references';

/** Asks the person, in main's own dialog, whether `command` may run for the profile; true: it may. */
export type ConfirmCommand = (profileName: string, command: string) => Promise<boolean>;

/** The profile a reference is checked for: its name, which the dialog shows, and who it signs in as, where. */
export type GatedProfile = SignInIdentity & { readonly name: string };

export interface ReferenceGate {
  /** Before a Test runs it. The value: the handle of a custom command the person just allowed, for a Save of it; else null. */
  forTest(reference: SecretReference, profile: GatedProfile): Promise<Result<string | null>>;
  /** Before a Save confirms it. `allowed`: the handle the form's Test answered with, which spares the dialog only for what it names. */
  forSave(reference: SecretReference, profile: GatedProfile, allowed?: string): Promise<Result<void>>;
}

const notConfirmed = () => fail(appError('invalid_request', 'The command was not confirmed, so nothing was run or saved.', { field: 'executable' }));

export function createReferenceGate(find: FindExecutable, confirm: ConfirmCommand, allowedCommands: AllowedCommands): ReferenceGate {
  const presetIsFound = (reference: Exclude<SecretReference, { preset: 'custom' }>): Result<void> => {
    const { label, executableName } = secretPresets[reference.preset];
    if (find(executableName ?? reference.preset) === reference.executable) return ok(undefined);
    return fail(
      appError('invalid_request', `That is not where the ${label} CLI is on this computer. Choose ${label} again so the app finds it.`, { field: 'executable' }),
    );
  };
  return {
    async forTest(reference, profile) {
      if (reference.preset !== 'custom') {
        const found = presetIsFound(reference);
        return found.ok ? ok(null) : found;
      }
      if (!(await confirm(profile.name, describeCommand(reference)))) return notConfirmed();
      return ok(allowedCommands.keep(profile, reference));
    },
    async forSave(reference, profile, allowed) {
      if (reference.preset !== 'custom') return presetIsFound(reference);
      // Spent whatever it names: a handle for another command or profile, a used or a late one, means asking again.
      if (allowed !== undefined && allowedCommands.claim(allowed, profile, reference)) return ok(undefined);
      return (await confirm(profile.name, describeCommand(reference))) ? ok(undefined) : notConfirmed();
    },
  };
}
