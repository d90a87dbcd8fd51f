// What goes on the clipboard for each copy format. Main-only: it handles the token in clear.
import type { CopyFormat } from '../../../shared/copy-format';

/** Butlr's GraphQL endpoint, which the curl format calls with a query any token may run. */
const GRAPHQL_PATH = '/api/v3/graphql';

export function copyText(format: CopyFormat, accessToken: string, baseUrl: string): string {
  switch (format) {
    case 'raw':
      return accessToken;
    case 'bearer':
      return `Bearer ${accessToken}`;
    case 'header':
      return `Authorization: Bearer ${accessToken}`;
    case 'curl':
      return [
        `curl -sS -X POST '${baseUrl}${GRAPHQL_PATH}'`,
        `-H 'Authorization: Bearer ${accessToken}'`,
        `-H 'Content-Type: application/json'`,
        `-d '{"query":"{ __typename }"}'`,
      ].join(' \\\n  ');
  }
}
