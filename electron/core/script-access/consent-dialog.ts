// The words and buttons of the dialog that asks a person whether a command-line tool may have a profile's token.
import type { CliCaller } from '../../../shared/cli-protocol';
import type { ScriptAccessAnswer } from '../../../shared/script-access';
import { UNPRINTABLE } from '../visible-text';

/** What the dialog asks about: the profile by name, the caller as the CLI described itself. */
export interface ScriptAccessQuestion {
  readonly profileName: string;
  readonly caller: string;
}

export const CONSENT_BUTTONS = ['Allow for 10 minutes', 'Allow until the app quits', 'Deny'] as const;
const DENY = CONSENT_BUTTONS.indexOf('Deny');

/** Electron's message-box options, without Electron: Deny is the default button, and Escape (cancel) denies too. */
export function consentDialogOptions({ profileName, caller }: ScriptAccessQuestion) {
  return {
    type: 'question' as const,
    title: 'Allow a command-line tool?',
    message: `A command-line tool (parent process: ${caller}) asks for the token of “${profileName}”`,
    detail:
      'Allowing lets this terminal session (the shell or script that ran butlr-cred, and whatever butlr-cred exec starts) get this profile’s access token. Only the access token leaves the app, never the secret. If you did not just run butlr-cred, choose Deny.',
    buttons: [...CONSENT_BUTTONS],
    defaultId: DENY,
    cancelId: DENY,
    noLink: true,
  };
}

/** The answer for the button the person chose; anything unexpected denies. */
export function consentAnswer(response: number): ScriptAccessAnswer {
  if (response === 0) return 'ten_minutes';
  if (response === 1) return 'until_quit';
  return 'deny';
}

const MAX_NAME = 64;

/** The caller as the dialog, the board and the history show it: `bash (pid 4242)`. Only what the CLI says: nothing proves it. */
export function describeCaller(caller: CliCaller): string {
  // Control characters and bidirectional overrides could make a process name print as something else: removed.
  const name = caller.parentName.replace(UNPRINTABLE, '').trim().slice(0, MAX_NAME) || 'unknown';
  return `${name} (pid ${caller.parentPid})`;
}
