// Turns the preload's result envelopes into values or thrown IpcErrors, so react-query sees failures as errors.
import type { AppError, ErrorCode, FileProblem } from '../../shared/app-error';
import type { IpcResult } from '../../shared/ipc/ipc-result';

/** An AppError from main, as a throwable: keeps the code, the field the message is about, and a file's problems. */
export class IpcError extends Error {
  override readonly name = 'IpcError';
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly problems: readonly FileProblem[];

  constructor(error: AppError) {
    super(error.message);
    this.code = error.code;
    this.field = error.field;
    this.problems = error.problems ?? [];
  }
}

export async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await pending;
  } catch {
    // `invoke` itself rejects only when main has no handler or crashed; its message is Electron's, not a person's.
    throw new IpcError({ code: 'internal', message: 'The app could not reach its background process. Restart Butlr Credentials and try again.' });
  }
  if (!result.ok) throw new IpcError(result.error);
  return result.value;
}

/** The message to show a person for any error react-query hands back. */
export function errorMessage(error: unknown): string {
  return error instanceof IpcError ? error.message : 'Something went wrong. Try again, and restart the app if it keeps happening.';
}
