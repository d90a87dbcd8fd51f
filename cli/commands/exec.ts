// `butlr-cred exec`: runs a command with the token in its environment and ends as it ends, passing signals on.
import { matchProfile, SESSION_ENV } from '../../shared/cli-protocol';
import { connectToApp } from '../app-connection';
import { minValidityOf, parseArgs } from '../cli-args';
import { CliFailure, EXIT } from '../cli-failure';
import type { CliIo, CliOutcome } from '../cli-io';
import { printable } from '../printable';
import { tokenVariables } from './token-variables';

/** The profiles an enclosing `exec` already put in the environment, by id, outermost first. */
export const EXEC_CHAIN_ENV = 'BUTLR_CRED_EXEC';

export async function execCommand(argv: readonly string[], io: CliIo): Promise<CliOutcome | 'help'> {
  const args = parseArgs('exec', argv, { options: { 'min-validity': 'value' }, positionals: ['name-or-id'], rest: true });
  if (args.help) return 'help';
  const minValidity = minValidityOf('exec', args);
  const [command, ...commandArgs] = args.rest as [string, ...string[]];
  const chain = (io.env[EXEC_CHAIN_ENV] ?? '').split(',').filter(Boolean);

  const app = await connectToApp(io);
  let token;
  try {
    // Which profile the name means, first: nesting is refused before anyone is asked for a token.
    const match = matchProfile(args.positionals[0]!, await app.listProfiles());
    if ('found' in match && chain.includes(match.found.id)) {
      throw new CliFailure(EXIT.usage, `This is already inside butlr-cred exec for “${printable(match.found.name)}”: its token is in BUTLR_ACCESS_TOKEN.`);
    }
    token = await app.getToken('found' in match ? match.found.id : args.positionals[0]!, minValidity);
  } finally {
    app.close();
  }

  const env: NodeJS.ProcessEnv = { ...io.env, [SESSION_ENV]: app.session, [EXEC_CHAIN_ENV]: [...chain, token.profile.id].join(',') };
  for (const [name, value] of Object.entries(tokenVariables(token))) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return run(command, commandArgs, env, io);
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<CliOutcome> {
  return new Promise((resolve) => {
    const child = io.spawn(command, args, { stdio: 'inherit', env });
    // A signal sent to butlr-cred (a supervisor's SIGTERM, a closed terminal's SIGHUP) reaches the command too.
    const stopForwarding = io.onSignal((signal) => child.kill(signal));
    child.once('error', (error: NodeJS.ErrnoException) => {
      stopForwarding();
      const notFound = error.code === 'ENOENT';
      io.stderr.write(`butlr-cred: ${notFound ? 'command not found' : `could not run the command (${error.code ?? 'error'})`}: ${printable(command)}\n`);
      resolve({ exitCode: notFound ? 127 : 126 });
    });
    child.once('close', (code, signal) => {
      stopForwarding();
      resolve(signal ? { signal } : { exitCode: code ?? EXIT.failure });
    });
  });
}
