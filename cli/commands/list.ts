// `butlr-cred list`: the profiles with their token's state and time left, as a table on a terminal or as JSON.
import { formatCountdown } from '../../shared/expiry';
import type { CliProfile } from '../../shared/cli-protocol';
import { credentialKinds } from '../../shared/credentials/credential-kinds';
import { connectToApp } from '../app-connection';
import { parseArgs } from '../cli-args';
import { EXIT } from '../cli-failure';
import type { CliIo } from '../cli-io';

function timeLeft(profile: CliProfile, now: number): string {
  const { expiresAt } = profile.token;
  if (profile.token.state === 'none') return '';
  if (expiresAt === null) return profile.token.state === 'failed' ? '' : 'unknown';
  return expiresAt > now ? formatCountdown(expiresAt - now) : '';
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...row[column]!].length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd()).join('\n') + '\n';
}

export async function listCommand(argv: readonly string[], io: CliIo): Promise<number | 'help'> {
  const args = parseArgs('list', argv, { options: { json: 'flag' }, positionals: [] });
  if (args.help) return 'help';
  const app = await connectToApp(io);
  const profiles = await app.listProfiles().finally(() => app.close());
  const now = io.now();
  if (args.options.json || !io.stdout.isTTY) {
    const entries = profiles.map(({ id, name, kind, token }) => ({
      id,
      name,
      kind,
      state: token.state,
      expiresAt: token.expiresAt === null ? null : new Date(token.expiresAt).toISOString(),
      secondsLeft: token.expiresAt === null ? null : Math.max(0, Math.floor((token.expiresAt - now) / 1000)),
    }));
    io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return EXIT.ok;
  }
  if (profiles.length === 0) {
    io.stdout.write('No profiles yet: add one in Butlr Credentials.\n');
    return EXIT.ok;
  }
  const kindLabel = (kind: CliProfile['kind']): string => credentialKinds[kind].label.toLowerCase();
  io.stdout.write(table([['NAME', 'KIND', 'TOKEN', 'TIME LEFT', 'ID'], ...profiles.map((profile) => [profile.name, kindLabel(profile.kind), profile.token.state, timeLeft(profile, now), profile.id])]));
  return EXIT.ok;
}
