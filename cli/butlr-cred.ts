// butlr-cred: gets tokens for scripts and terminals from the running Butlr Credentials app. Built to out/cli/butlr-cred.mjs.
import { spawn } from 'node:child_process';
import { constants as osConstants, homedir } from 'node:os';
import type { CliIo } from './cli-io';
import { runCli } from './run-cli';

declare const __BUTLR_CRED_VERSION__: string;

const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];

const io: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  platform: process.platform,
  home: homedir(),
  pid: process.pid,
  ppid: process.ppid,
  now: Date.now,
  spawn,
  onSignal(listener) {
    const signals = process.platform === 'win32' ? (['SIGINT', 'SIGTERM'] as const) : FORWARDED_SIGNALS;
    for (const signal of signals) process.on(signal, listener);
    return () => {
      for (const signal of signals) process.off(signal, listener);
    };
  },
};

// A reader that went away (`butlr-cred list | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

// No top-level await: the single-executable build is CommonJS.
void runCli(process.argv.slice(2), io, typeof __BUTLR_CRED_VERSION__ === 'string' ? __BUTLR_CRED_VERSION__ : 'dev').then((outcome) => {
  if (!('signal' in outcome)) {
    process.exitCode = outcome.exitCode;
    return;
  }
  // Die of the same signal as the command, so whoever waits on butlr-cred sees what happened to it; 128 + n if it is ignored.
  process.exitCode = 128 + (osConstants.signals[outcome.signal] ?? 0);
  process.kill(process.pid, outcome.signal);
});
