// What a window may ask main to run: a window is not trusted to name a program. A preset runs only the vendor CLI main
// itself finds on this computer; a custom command runs only after the person agreed to it in a dialog owned by main.
import { appError } from '../../../shared/app-error';
import { fail, ok, type Result } from '../../../shared/result';
import { describeCommand, secretPresets, type SecretReference } from '../../../shared/secret-sources/secret-presets';
import type { FindExecutable } from './imported-references';

/** Asks the person, in main's own dialog, whether `command` may run for the profile; true: it may. */
export type ConfirmCommand = (profileName: string, command: string) => Promise<boolean>;

export type ReferenceGate = (reference: SecretReference, profileName: string) => Promise<Result<void>>;

export function createReferenceGate(find: FindExecutable, confirm: ConfirmCommand): ReferenceGate {
  return async (reference, profileName) => {
    if (reference.preset === 'custom') {
      if (await confirm(profileName, describeCommand(reference))) return ok(undefined);
      return fail(appError('invalid_request', 'The command was not confirmed, so nothing was run or saved.', { field: 'executable' }));
    }
    const { label, executableName } = secretPresets[reference.preset];
    if (find(executableName ?? reference.preset) === reference.executable) return ok(undefined);
    return fail(
      appError('invalid_request', `That is not where the ${label} CLI is on this computer. Choose ${label} again so the app finds it.`, { field: 'executable' }),
    );
  };
}
