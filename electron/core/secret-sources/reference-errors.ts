// What a person is told when a secret reference cannot give the secret: what happened and what to do. Never the output.
import { appError, type AppError } from '../../../shared/app-error';
import { describeCommand, type SecretReference } from '../../../shared/secret-sources/secret-presets';
import { cliLabelOf, presetReaders, toolName } from './preset-readers';

export const referenceUnconfirmed = (): AppError =>
  appError(
    'secret_reference_unconfirmed',
    'The secret reference has not been confirmed on this computer yet (it was imported, or the base URL or audience changed). Edit the profile, read the command it runs and save it to confirm.',
  );

/** A reference that is not the one confirmed (changed in profiles.json outside the app): it is not run. Same code as a moved stored secret. */
export const referenceChanged = (): AppError =>
  appError(
    'server_changed',
    'The secret reference or sign-in changed outside the app, so its command is not run. Edit the profile, read the command it runs and save it to confirm.',
  );

export const managerMissing = (reference: SecretReference): AppError =>
  appError(
    'secret_manager_missing',
    reference.preset === 'custom'
      ? `${reference.executable} is not there or cannot be run. Edit the profile and choose the program again.`
      : `${cliLabelOf(reference.preset)} was not found on this computer, on PATH or in the usual install folders, or cannot be run. Install it, then try again.`,
  );

export const managerSignedOut = (reference: SecretReference): AppError =>
  appError('secret_manager_signed_out', `${toolName(reference.preset)} is not signed in: ${presetReaders[reference.preset].signInHint}. Then try again.`);

export const managerLocked = (reference: SecretReference): AppError =>
  appError('secret_manager_locked', `${toolName(reference.preset)} answered that it is locked: ${presetReaders[reference.preset].unlockHint}, then try again.`);

export const managerTimeout = (reference: SecretReference, seconds: number): AppError =>
  appError(
    'secret_manager_timeout',
    `${toolName(reference.preset)} did not answer within ${seconds} seconds; it may be waiting for you to approve or unlock it in its app. Do that, then try again.`,
  );

export const managerEmpty = (reference: SecretReference): AppError =>
  appError('secret_manager_empty', `${toolName(reference.preset)} printed no secret for this reference. Check that the reference names the field holding the secret.`);

export const managerNotFound = (reference: SecretReference): AppError =>
  appError(
    'secret_manager_not_found',
    `${toolName(reference.preset)} found no secret at this reference. Check it in the profile (it is asked again at most once a minute).`,
  );

export const managerFailed = (reference: SecretReference, why: string): AppError =>
  appError('secret_manager_failed', `${toolName(reference.preset)} ${why}. Run it in a terminal to see why: ${describeCommand(reference)}`);
