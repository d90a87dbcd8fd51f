// What goes on the clipboard for each copy format. Main-only: it handles the token in clear.
import type { CopyFormat } from '../../../shared/copy-format';
import { quotePosixShellArgument as quote } from './shell-quote';

/** Butlr's GraphQL endpoint, which the curl format calls with a query any token may run. */
const GRAPHQL_PATH = '/api/v3/graphql';
const GRAPHQL_BODY = '{"query":"{ __typename }"}';

export function copyText(format: CopyFormat, accessToken: string, baseUrl: string): string {
  switch (format) {
    case 'raw':
      return accessToken;
    case 'bearer':
      return `Bearer ${accessToken}`;
    case 'header':
      return `Authorization: Bearer ${accessToken}`;
    case 'curl':
      // Every value goes through the one quoting function: the URL and token are checked where they come in, but a
      // pasted command must stay one harmless command even if something odd ever got past those checks.
      return [
        `curl -sS -X POST ${quote(baseUrl + GRAPHQL_PATH)}`,
        `-H ${quote(`Authorization: Bearer ${accessToken}`)}`,
        `-H ${quote('Content-Type: application/json')}`,
        `-d ${quote(GRAPHQL_BODY)}`,
      ].join(' \\\n  ');
  }
}
