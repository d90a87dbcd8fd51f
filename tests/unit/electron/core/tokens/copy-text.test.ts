// What each copy format puts on the clipboard, and that a pasted curl command is exactly one curl call whatever it carries.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyText } from '../../../../../electron/core/tokens/copy-text';
import { butlrCurlArguments, curlArguments } from '../../../../fixtures/pasted-curl';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig';

describe('copyText', () => {
  it('puts the token in each of the four formats', () => {
    expect(copyText('raw', TOKEN, 'https://api.butlr.io')).toBe(TOKEN);
    expect(copyText('bearer', TOKEN, 'https://api.butlr.io')).toBe(`Bearer ${TOKEN}`);
    expect(copyText('header', TOKEN, 'https://api.butlr.io')).toBe(`Authorization: Bearer ${TOKEN}`);
  });

  it('makes a curl command against the profile’s own GraphQL endpoint', () => {
    const curl = copyText('curl', TOKEN, 'https://eu.butlr.io');
    expect(curl).toContain("curl -sS -X POST 'https://eu.butlr.io/api/v3/graphql'");
    expect(curl).toContain(`-H 'Authorization: Bearer ${TOKEN}'`);
    expect(curl).toContain(`-d '{"query":"{ __typename }"}'`);
    expect(curlArguments(curl)).toEqual(butlrCurlArguments('https://eu.butlr.io/api/v3/graphql', TOKEN));
  });
});

// Stored base URLs and tokens are checked on the way in, so these cannot reach copyText from a profile; the curl format
// must stay one harmless command anyway, should anything ever get past those checks.
describe('the curl format with hostile values', () => {
  const folder = mkdtempSync(join(tmpdir(), 'copy-text-'));
  const marker = join(folder, 'ran');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['a base URL that closes the quotes', `https://host/x'$(touch ${marker})'`, TOKEN],
    ['a base URL with backticks and a semicolon', `https://host/\`touch ${marker}\`;touch ${marker}`, TOKEN],
    ['a token that closes the quotes', 'https://api.butlr.io', `abc';touch ${marker};'`],
    ['a token with a command substitution and a line break', 'https://api.butlr.io', `abc$(touch ${marker})\ntouch ${marker}`],
    ['a token of backslashes and history marks', 'https://api.butlr.io', "\\'\\!!'\\"],
  ])('%s pastes as one curl command that runs nothing else', (_label, baseUrl, token) => {
    const curl = copyText('curl', token, baseUrl);
    expect(curlArguments(curl)).toEqual(butlrCurlArguments(`${baseUrl}/api/v3/graphql`, token));
    expect(existsSync(marker)).toBe(false);
  });
});
