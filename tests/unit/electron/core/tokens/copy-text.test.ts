import { describe, expect, it } from 'vitest';
import { copyText } from '../../../../../electron/core/tokens/copy-text';

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
  });
});
