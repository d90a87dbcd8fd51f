// `butlr-cred token`: a current access token on stdout and nothing else, in the format asked for.
import { copyText } from '../../electron/core/tokens/copy-text';
import { connectToApp } from '../app-connection';
import { choiceOf, minValidityOf, parseArgs } from '../cli-args';
import { EXIT } from '../cli-failure';
import type { CliIo } from '../cli-io';

const FORMATS = ['raw', 'bearer', 'header', 'json'] as const;

export async function tokenCommand(argv: readonly string[], io: CliIo): Promise<number | 'help'> {
  const args = parseArgs('token', argv, { options: { 'min-validity': 'value', format: 'value' }, positionals: ['name-or-id'] });
  if (args.help) return 'help';
  const format = choiceOf('token', args, 'format', FORMATS, 'raw');
  const minValidity = minValidityOf('token', args);
  const app = await connectToApp(io);
  const token = await app.getToken(args.positionals[0]!, minValidity).finally(() => app.close());
  if (format === 'json') {
    const expiresAt = token.expiresAt === null ? null : new Date(token.expiresAt).toISOString();
    io.stdout.write(`${JSON.stringify({ accessToken: token.accessToken, expiresAt, baseUrl: token.baseUrl, profile: token.profile })}\n`);
  } else {
    io.stdout.write(`${copyText(format, token.accessToken, token.baseUrl)}\n`);
  }
  return EXIT.ok;
}
