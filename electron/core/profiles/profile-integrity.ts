// Whether a stored profile may be used: profiles.json can be edited outside the app, so what it holds is held to the same
// rules as what a person types into the form, each time it is loaded.
import { appError, type AppError } from '../../../shared/app-error';
import { baseUrlSchema } from '../../../shared/profile';
import type { StoredProfile } from './profiles-file';

const damaged = (reason: string): AppError =>
  appError('profile_damaged', `The base URL in profiles.json was changed outside the app, so this profile is not used. ${reason} Edit the profile to correct it.`, {
    field: 'baseUrl',
  });

/** Why the profile may not be used, or null. The app only ever saves a base URL in the form the rule gives back. */
export function storedProfileDamage(profile: StoredProfile): AppError | null {
  const checked = baseUrlSchema.safeParse(profile.baseUrl);
  if (!checked.success) return damaged(checked.error.issues[0]?.message ?? 'It is not a base URL the app accepts.');
  return checked.data === profile.baseUrl ? null : damaged(`It should read ${checked.data}.`);
}
