// Logging port. Callers name profile ids and channels, never a secret, a token or a request body.
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.info(message),
  warn: (message) => console.warn(message),
  error: (message, error) => console.error(message, error instanceof Error ? error.message : ''),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
