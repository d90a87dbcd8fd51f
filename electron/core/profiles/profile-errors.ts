// What a person is told when a request names a profile that is not there: one sentence, used by every feature that looks one up.
import { appError, type AppError } from '../../../shared/app-error';

export const profileNotFound = (): AppError => appError('not_found', 'That profile no longer exists. It may have been deleted in another window.');
