// The question main's own dialog asks before a secret reference runs where the person has not already agreed to it: a
// custom command (its program is whatever the window or a file named), or a preset whose answer would go to a server
// other than Butlr's own (otherwise a window could read any item the person can reach and send it anywhere). It names
// the command, where its answer goes and as whom, with whatever a window or file wrote made visible.
import { DEFAULT_BASE_URL } from '../../../shared/profile';
import { visibleText } from '../visible-text';

export interface CommandQuestion {
  /** The profile's name, as the form or file gave it. */
  readonly profileName: string;
  /** The exact command, as it runs (describeCommand). */
  readonly command: string;
  /** The base URL the answer is sent to, as the secret. */
  readonly sendsTo: string;
  /** Who the profile signs in as: its client ID or username. */
  readonly signsInAs: string;
  /** The secret manager's name for a preset (“1Password”); null for a custom command. */
  readonly preset: string | null;
}

export const RUN_BUTTONS = ['Cancel', 'Run it'] as const;

const MAX_NAME = 80;
const MAX_COMMAND = 600;
const MAX_URL = 200;

/** Electron's message-box options, without Electron: Cancel is the default, and Escape cancels. */
export function commandDialogOptions({ profileName, command, sendsTo, signsInAs, preset }: CommandQuestion) {
  const name = visibleText(profileName, MAX_NAME);
  const where = `${visibleText(sendsTo, MAX_URL)}, signing in as ${visibleText(signsInAs, MAX_NAME)}`;
  const offButlr = sendsTo !== DEFAULT_BASE_URL;
  return {
    type: 'warning' as const,
    title: preset === null ? 'Run a command for a secret?' : `Send a ${preset} secret to this server?`,
    message: preset === null ? `“${name}” reads its secret by running this command:` : `“${name}” reads its secret from ${preset} with this command:`,
    detail: [
      visibleText(command, MAX_COMMAND),
      '',
      `Its answer is sent as the secret to ${where}.${offButlr ? ' That is not Butlr’s own server (https://api.butlr.io).' : ''}`,
      preset === null
        ? 'It runs as you, without a shell, each time the profile signs in. Run it only if you know what it does and trust that server.'
        : 'It runs each time the profile signs in. Run it only if you trust that server with this secret.',
    ].join('\n'),
    buttons: [...RUN_BUTTONS],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** Whether the person chose Run it; anything else declines. */
export const commandAllowed = (response: number): boolean => response === RUN_BUTTONS.indexOf('Run it');
