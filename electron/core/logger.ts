// Logging port. Callers name profile ids, channels and error codes, never a secret, a token or a request body.
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** `error` is an internal failure: its stack is written with the message. */
  error(message: string, error?: unknown): void;
}

/**
 * What a log line says about a thrown value: an Error's stack (name, message and frames). Anything else that was thrown
 * (a string, an object) could be a value, so only its type is named.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return `(a thrown ${error === null ? 'null' : typeof error}, not an Error)`;
}

export const consoleLogger: Logger = {
  info: (message) => console.info(message),
  warn: (message) => console.warn(message),
  error: (message, error) => (error === undefined ? console.error(message) : console.error(`${message}\n${describeError(error)}`)),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** One logger that writes each line to every one of `loggers` (the console for a dev run, the log file for everyone). */
export function teeLogger(...loggers: readonly Logger[]): Logger {
  return {
    info: (message) => loggers.forEach((logger) => logger.info(message)),
    warn: (message) => loggers.forEach((logger) => logger.warn(message)),
    error: (message, error) => loggers.forEach((logger) => logger.error(message, error)),
  };
}
