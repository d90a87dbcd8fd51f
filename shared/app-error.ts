// The one error taxonomy: every failure a person can see is one of these codes with a message that says what to do.
import { z } from './zod-mini';

export const errorCodes = [
  'invalid_request',
  'unknown_sender',
  'not_found',
  'name_taken',
  'encryption_unavailable',
  'secret_unreadable',
  /** The system keyring is locked or not ready yet (at login, before it is unlocked): the saved secret is kept and read again later. */
  'keyring_unavailable',
  'secret_missing',
  /** A saved secret (or token) was sealed for another server or identity than the profile now names: changed outside the app. */
  'server_changed',
  /** A stored profile fails the rules a person's input is held to (e.g. its base URL was edited outside the app): not used. */
  'profile_damaged',
  'weak_encryption',
  'network',
  'tls',
  'timeout',
  'rejected_credentials',
  /** The sign-in endpoint answered with a redirect (30x), which is never followed: the base URL is likely wrong. */
  'redirected',
  'rate_limited',
  'server_error',
  'http_error',
  'invalid_response',
  'storage',
  /** The chosen path is a folder, a pipe, a device or a socket rather than a file. */
  'not_a_file',
  /** The chosen file is larger than anything it could be (an export, a .env file). */
  'file_too_large',
  /** A secret reference (shared/secret-sources/) that was imported or whose server changed, not yet confirmed by the person. */
  'secret_reference_unconfirmed',
  /** The secret manager's CLI is not where the reference says, or cannot be run. */
  'secret_manager_missing',
  /** The secret manager's CLI answered that nobody is signed in (or its token expired). */
  'secret_manager_signed_out',
  /** The secret manager (or its desktop app) is locked or sealed. */
  'secret_manager_locked',
  'secret_manager_timeout',
  'secret_manager_empty',
  /** The reference names no secret: not asked again for a minute. */
  'secret_manager_not_found',
  /** Any other failure of the command: a non-zero exit, more than one value, too much output. */
  'secret_manager_failed',
  'internal',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** How many problems one error lists; a file with more is probably not what it was taken for. */
export const MAX_FILE_PROBLEMS = 20;

/** One problem in a file a person chose (an import), where an editor would show it. Never quotes the file's text. */
export const fileProblemSchema = z.object({
  /** 1-based; absent for a problem with the file as a whole, or with a field of a JSON export. */
  line: z.optional(z.int().check(z.positive())),
  /** What is wrong, with a suggestion where there is one: "unknown key BUTLR_SECRET — did you mean BUTLR_CLIENT_SECRET?". */
  message: z.string(),
});
export type FileProblem = z.infer<typeof fileProblemSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** The form field the error is about, when there is one, so the UI can show it beside that field. */
  field: z.optional(z.string()),
  /** The HTTP status Butlr answered with, for errors that came from an answer. */
  status: z.optional(z.int()),
  /** How long Butlr asked us to wait before trying again (`Retry-After` on 429 and 503). */
  retryAfterSeconds: z.optional(z.number().check(z.nonnegative())),
  /** For a file that could not be read as what it should be: each problem on its own, for a list (the message sums them up). */
  problems: z.optional(z.array(fileProblemSchema).check(z.maxLength(MAX_FILE_PROBLEMS + 1))),
});
export type AppError = z.infer<typeof appErrorSchema>;

export function appError(code: ErrorCode, message: string, details: Pick<AppError, 'field' | 'status' | 'retryAfterSeconds' | 'problems'> = {}): AppError {
  return { code, message, ...details };
}
