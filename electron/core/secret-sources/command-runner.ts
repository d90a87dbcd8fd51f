// Runs a secret manager's CLI: an executable and its arguments, never through a shell, with a deadline, an output cap,
// stdin closed and the environment it is given. Plain Node (child_process), so the core's tests run it on fake executables.
import { spawn } from 'node:child_process';

export interface CommandRun {
  /** Absolute path. */
  readonly executable: string;
  readonly args: readonly string[];
  /** The whole environment the command gets: nothing of ours is inherited. */
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly maxOutputBytes: number;
}

export type CommandOutcome =
  | { readonly kind: 'exited'; readonly code: number; readonly stdout: string; readonly stderr: string }
  /** Not there, or not executable. */
  | { readonly kind: 'missing' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'too_large' };

/** The port the core asks; tests may pass their own. */
export type CommandRunner = (run: CommandRun) => Promise<CommandOutcome>;

/** What of stderr is kept to tell a sign-in message from a lock: the start is where CLIs say it. */
const STDERR_KEPT_BYTES = 8 * 1024;

export const spawnCommandRunner: CommandRunner = (run) =>
  new Promise((resolve) => {
    let settled = false;
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    const child = spawn(run.executable, [...run.args], {
      env: { ...run.env },
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      // Its own process group, so a timeout ends whatever it started too (a wrapper script's children hold the pipes).
      detached: process.platform !== 'win32',
    });
    const end = (outcome: CommandOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const kill = (): void => {
      try {
        if (process.platform !== 'win32' && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      kill();
      end({ kind: 'timeout' });
    }, run.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > run.maxOutputBytes) {
        kill();
        end({ kind: 'too_large' });
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < STDERR_KEPT_BYTES) stderr += chunk.toString('utf8').slice(0, STDERR_KEPT_BYTES - stderr.length);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'EACCES' || error.code === 'ENOTDIR') end({ kind: 'missing' });
      else end({ kind: 'exited', code: -1, stdout: '', stderr: '' });
    });
    child.on('close', (code) => end({ kind: 'exited', code: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr }));
  });
