// Which CLI session a call belongs to, and who its caller is, as butlr-cred tells the app (nothing in a socket proves either).
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SESSION_ENV, sessionIdSchema, type CliCaller } from '../shared/cli-protocol';
import type { CliIo } from './cli-io';

/** A process's command name and start time, where the OS tells them cheaply; empty strings where it does not. */
function processFacts(pid: number, platform: NodeJS.Platform): { name: string; startedAt: string } {
  try {
    if (platform === 'linux') {
      const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      // Field 22 of stat, counted after the command name (which may hold spaces and parentheses).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const startedAt = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
      return { name, startedAt };
    }
    if (platform === 'darwin' || platform === 'freebsd' || platform === 'openbsd') {
      const ps = (field: string): string => execFileSync('ps', ['-o', `${field}=`, '-p', String(pid)], { encoding: 'utf8', timeout: 2000 }).trim();
      return { name: basename(ps('comm')), startedAt: ps('lstart') };
    }
  } catch {
    // Gone already, or a system that will not say: the caller is "unknown" and the session new.
  }
  return { name: '', startedAt: '' };
}

/**
 * The session: the one inherited through BUTLR_CRED_SESSION (set by `exec` for what it starts), else the process that ran
 * butlr-cred — its parent, by pid and start time — so every call from one shell or script shares one answer to the
 * consent dialog, and a loop meets one dialog rather than one per call. Where the parent cannot be told, a new session.
 */
export function cliSession(io: CliIo): { session: string; caller: CliCaller } {
  const parent = processFacts(io.ppid, io.platform);
  const caller = { pid: io.pid, parentPid: io.ppid, parentName: parent.name.slice(0, 256) };
  const inherited = io.env[SESSION_ENV];
  if (inherited && sessionIdSchema.safeParse(inherited).success) return { session: inherited, caller };
  const session = parent.startedAt
    ? createHash('sha256').update(`butlr-cred session\0${io.ppid}\0${parent.startedAt}`).digest('hex').slice(0, 32)
    : randomBytes(16).toString('hex');
  return { session, caller };
}
