// What butlr-cred needs from the process it runs in, passed in so the same code runs in a test's process.
import type { ChildProcess, SpawnOptions } from 'node:child_process';

export interface CliIo {
  readonly stdout: { write(text: string): void; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): void };
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly home: string;
  readonly pid: number;
  readonly ppid: number;
  readonly now: () => number;
  readonly spawn: (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;
  /** Hears the signals a terminal or a supervisor sends butlr-cred, for `exec` to pass on; returns the unsubscribe. */
  readonly onSignal: (listener: (signal: NodeJS.Signals) => void) => () => void;
}

/** How a command ended: an exit code, or the signal its child died of, which butlr-cred then dies of too. */
export type CliOutcome = { readonly exitCode: number } | { readonly signal: NodeJS.Signals };
