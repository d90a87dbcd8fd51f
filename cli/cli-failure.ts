// The exit codes butlr-cred answers with, and the failure that carries one to the top with its words for stderr.

export const EXIT = {
  ok: 0,
  /** Something else went wrong (the app closed the connection, was busy, or failed inside). */
  failure: 1,
  usage: 2,
  /** The app is not running: nothing listens where it would. */
  notRunning: 3,
  /** The person chose Deny (now or a moment ago). */
  denied: 4,
  /** No profile, or more than one, answers to the name given. */
  unknownProfile: 5,
  /** Butlr refused or failed the sign-in; stderr has the app's words for it. */
  signInFailed: 6,
  /** Whatever listens could not prove it is the app (possible impostor), or its folder or key cannot be trusted. */
  untrusted: 7,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Ends the command with `exitCode`, saying `lines` (one or two) on stderr. */
export class CliFailure extends Error {
  readonly lines: readonly string[];
  constructor(
    readonly exitCode: ExitCode,
    ...lines: [string, string?]
  ) {
    super(lines[0]);
    this.lines = lines.filter((line): line is string => line !== undefined);
  }
}

export const usage = (message: string, command?: string): CliFailure =>
  new CliFailure(EXIT.usage, message, `Run butlr-cred ${command ? `${command} ` : ''}--help to see how it is used.`);
