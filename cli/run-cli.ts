// butlr-cred's commands, dispatched; every failure ends as one or two plain lines on stderr and an exit code, never a stack.
import { envCommand } from './commands/env';
import { execCommand } from './commands/exec';
import { listCommand } from './commands/list';
import { tokenCommand } from './commands/token';
import { CliFailure, EXIT, usage } from './cli-failure';
import { closestWord } from '../shared/edit-distance';
import type { CliIo, CliOutcome } from './cli-io';
import { COMMAND_HELP, MAIN_HELP, type CommandName } from './help';
import { printable } from './printable';

const COMMANDS: Record<CommandName, (argv: readonly string[], io: CliIo) => Promise<number | CliOutcome | 'help'>> = {
  list: listCommand,
  token: tokenCommand,
  exec: execCommand,
  env: envCommand,
};
const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<CliOutcome> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '--help' || first === '-h') {
      io.stdout.write(`${MAIN_HELP}\n`);
      return { exitCode: first === undefined ? EXIT.usage : EXIT.ok };
    }
    if (first === '--version') {
      io.stdout.write(`butlr-cred ${version}\n`);
      return { exitCode: EXIT.ok };
    }
    if (first === 'help') {
      const topic = rest[0];
      io.stdout.write(`${topic !== undefined && isCommand(topic) ? COMMAND_HELP[topic] : MAIN_HELP}\n`);
      return { exitCode: EXIT.ok };
    }
    if (!isCommand(first)) {
      const meant = closestWord(first, Object.keys(COMMANDS));
      throw usage(`there is no command “${printable(first.slice(0, 40))}”${meant ? ` (did you mean ${meant}?)` : ''}; the commands are list, token, exec and env.`);
    }
    const outcome = await COMMANDS[first](rest, io);
    if (outcome === 'help') {
      io.stdout.write(`${COMMAND_HELP[first]}\n`);
      return { exitCode: EXIT.ok };
    }
    return typeof outcome === 'number' ? { exitCode: outcome } : outcome;
  } catch (error) {
    const failure = error instanceof CliFailure ? error : new CliFailure(EXIT.failure, `something unexpected went wrong: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    for (const line of failure.lines) io.stderr.write(`butlr-cred: ${printable(line)}\n`);
    return { exitCode: failure.exitCode };
  }
}
