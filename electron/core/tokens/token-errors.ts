// What the token service tells a person when it cannot hand out a token, each with what to do about it.
import { appError, type AppError } from '../../../shared/app-error';
import { factsOf } from '../../../shared/credentials/credential-kinds';
import { aboutProfile } from '../../../shared/profile-message';
import type { StoredProfile } from '../profiles/profile-repository';

export const storageFailure = (): AppError =>
  appError('storage', 'Saving to disk failed. Check that the data folder is writable and has free space, then try again.');
export const tokenNotSaved = (): AppError =>
  appError(
    'storage',
    'The token works, but it could not be saved to disk, so it will be gone after a restart. Check that the data folder is writable and has free space.',
  );
export const tokenKeptInMemory = (): AppError =>
  appError(
    'weak_encryption',
    'The token works, but it is kept in memory only and will be gone after a restart: without a keyring, tokens are saved only once you agree to store secrets without one (Settings).',
  );
export const secretMissing = (profile: StoredProfile): AppError =>
  appError(
    'secret_missing',
    `No ${factsOf(profile.kind).secret.name} is saved (it is cleared when the base URL or audience changes). Edit the profile and enter it again.`,
  );

/** A failure as it is told to a person: starting with the profile's name, which tells profiles apart where the host does not. */
export const forProfile = (name: string, error: AppError): AppError => ({ ...error, message: aboutProfile(name, error.message) });

export const changedMeanwhile = (): AppError =>
  appError('invalid_request', 'The profile was edited while it was signing in, so that token was discarded. Try again.');

export const noToken = (): AppError => appError('not_found', 'No token is held yet. Use Get token first.');
