// What a person is told after a copy from the tray, in its notification: the profile's name first, as every message does.
import type { AppError } from './app-error';
import { formatCountdown } from './expiry';
import { aboutProfile, withoutProfileName } from './profile-message';

export interface CopyOutcomeFacts {
  readonly expiresAt: number | null;
  readonly renewed: boolean;
  readonly renewalError?: Pick<AppError, 'message'>;
}

export interface CopyOutcomeText {
  /** 'alert' when the copy worked but something needs the person's attention. */
  readonly tone: 'status' | 'alert';
  readonly title: string;
  readonly detail: string;
}

export function copyOutcomeText(profileName: string, { expiresAt, renewed, renewalError }: CopyOutcomeFacts, now: number): CopyOutcomeText {
  const left = expiresAt === null ? 'an unknown time' : formatCountdown(expiresAt - now);
  if (renewalError) {
    return {
      tone: 'alert',
      title: aboutProfile(profileName, 'copied the current token, which expires in ' + left),
      // The title says whose it is; the reason follows without the name again.
      detail: `A new token could not be got: ${withoutProfileName(profileName, renewalError.message)}`,
    };
  }
  return { tone: 'status', title: aboutProfile(profileName, 'token copied'), detail: `Valid for ${left}${renewed ? ' (a new one, got just now)' : ''}.` };
}
