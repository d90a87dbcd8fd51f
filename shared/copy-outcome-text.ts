// What a person is told after a copy, in the same words in the window's toast and in the tray's notification.
import type { AppError } from './app-error';
import { formatCountdown } from './expiry';

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
      title: `Renewal failed, so the current token for “${profileName}” was copied`,
      detail: `It expires in ${left}. ${renewalError.message}`,
    };
  }
  return { tone: 'status', title: `Copied the token for “${profileName}”`, detail: `Valid for ${left}${renewed ? ' (fetched a fresh one)' : ''}.` };
}

/** The one-line form, for a toast. */
export function copyOutcomeSentence(text: CopyOutcomeText): string {
  return `${text.title}. ${text.detail}`;
}
