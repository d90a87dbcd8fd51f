// `butlr-cred env`: lines that set the token's variables in a shell, each value quoted by the one quoting function per shell.
import { quoteFishArgument, quotePosixShellArgument, quotePowerShellArgument } from '../../electron/core/tokens/shell-quote';
import { connectToApp } from '../app-connection';
import { choiceOf, minValidityOf, parseArgs } from '../cli-args';
import { EXIT } from '../cli-failure';
import type { CliIo } from '../cli-io';
import { tokenVariables } from './token-variables';

const SHELLS = ['sh', 'fish', 'powershell'] as const;
type Shell = (typeof SHELLS)[number];

const LINE: Record<Shell, (name: string, value: string) => string> = {
  sh: (name, value) => `export ${name}=${quotePosixShellArgument(value)}`,
  fish: (name, value) => `set -gx ${name} ${quoteFishArgument(value)};`,
  powershell: (name, value) => `$Env:${name} = ${quotePowerShellArgument(value)}`,
};
const UNSET: Record<Shell, (name: string) => string> = {
  sh: (name) => `unset ${name}`,
  fish: (name) => `set -e ${name};`,
  powershell: (name) => `Remove-Item Env:${name} -ErrorAction SilentlyContinue`,
};

export async function envCommand(argv: readonly string[], io: CliIo): Promise<number | 'help'> {
  const args = parseArgs('env', argv, { options: { 'min-validity': 'value', shell: 'value' }, positionals: ['name-or-id'] });
  if (args.help) return 'help';
  const shell = choiceOf('env', args, 'shell', SHELLS, io.platform === 'win32' ? 'powershell' : 'sh');
  const minValidity = minValidityOf('env', args);
  const app = await connectToApp(io);
  const token = await app.getToken(args.positionals[0]!, minValidity).finally(() => app.close());
  const lines = Object.entries(tokenVariables(token)).map(([name, value]) => (value === undefined ? UNSET[shell](name) : LINE[shell](name, value)));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
