import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AUDIENCE,
  DEFAULT_BASE_URL,
  PROFILE_NAME_MAX_LENGTH,
  baseUrlSchema,
  newClientCredentialsProfileSchema,
  newProfileSchema,
  profileNameSchema,
} from '../../../shared/profile';

const validInput = {
  kind: 'client_credentials',
  name: 'Production',
  baseUrl: DEFAULT_BASE_URL,
  clientId: 'demo-client',
  clientSecret: 'demo-secret',
  audience: DEFAULT_AUDIENCE,
} as const;

/** The message of the first issue, for inputs that must be refused. */
function refusal(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  expect(result.success).toBe(false);
  return result.error?.issues[0]?.message ?? '';
}

describe('profileNameSchema', () => {
  it('trims the name', () => {
    expect(profileNameSchema.parse('  Production  ')).toBe('Production');
  });

  it('refuses an empty or blank name', () => {
    expect(refusal(profileNameSchema.safeParse(''))).toBe('Give the profile a name.');
    expect(refusal(profileNameSchema.safeParse('   \t '))).toBe('Give the profile a name.');
  });

  it('accepts a name of the maximum length and refuses one character more', () => {
    expect(profileNameSchema.parse('n'.repeat(PROFILE_NAME_MAX_LENGTH))).toHaveLength(PROFILE_NAME_MAX_LENGTH);
    expect(refusal(profileNameSchema.safeParse('n'.repeat(PROFILE_NAME_MAX_LENGTH + 1)))).toMatch(/under 81 characters/);
  });

  it('counts the length after trimming', () => {
    expect(profileNameSchema.parse(`  ${'n'.repeat(PROFILE_NAME_MAX_LENGTH)}  `)).toHaveLength(PROFILE_NAME_MAX_LENGTH);
  });

  it('refuses a name that is not a string', () => {
    expect(profileNameSchema.safeParse(42).success).toBe(false);
  });
});

describe('baseUrlSchema', () => {
  it.each([
    ['https://api.butlr.io', 'https://api.butlr.io'],
    ['https://api.butlr.io/', 'https://api.butlr.io'],
    ['  https://api.butlr.io  ', 'https://api.butlr.io'],
    ['https://API.Butlr.IO/', 'https://api.butlr.io'],
    ['https://gateway.example.com/butlr/', 'https://gateway.example.com/butlr'],
    ['https://gateway.example.com/butlr///', 'https://gateway.example.com/butlr'],
    ['https://api.butlr.io:8443/', 'https://api.butlr.io:8443'],
    ['https://api.butlr.io:443/', 'https://api.butlr.io'],
  ])('accepts %s as %s', (input, normalised) => {
    expect(baseUrlSchema.parse(input)).toBe(normalised);
  });

  it.each([
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['http://localhost', 'http://localhost'],
    ['http://localhost:3000/', 'http://localhost:3000'],
    ['http://127.5.6.7:9000', 'http://127.5.6.7:9000'],
    ['http://[::1]:9000/', 'http://[::1]:9000'],
  ])('accepts plain http for the loopback address %s', (input, normalised) => {
    expect(baseUrlSchema.parse(input)).toBe(normalised);
  });

  it.each(['http://example.com', 'http://api.butlr.io', 'http://192.168.1.10:8080', 'http://10.0.0.1'])('refuses plain http for the remote host %s', (input) => {
    expect(refusal(baseUrlSchema.safeParse(input))).toMatch(/https:\/\//);
  });

  // A secret sent to this base URL would cross the network in clear text: the host is a public DNS name
  // that merely starts with "127.", not a loopback address.
  it.each(['http://127.0.0.1.nip.io:8080', 'http://127.attacker.example'])('refuses plain http for %s, a DNS name that only looks like loopback', (input) => {
    expect(baseUrlSchema.safeParse(input).success).toBe(false);
  });

  it.each(['ftp://api.butlr.io', 'file:///etc/passwd', 'ws://localhost:8080', 'javascript:alert(1)'])('refuses the non-http scheme %s', (input) => {
    expect(baseUrlSchema.safeParse(input).success).toBe(false);
  });

  it.each(['https://user:pass@api.butlr.io', 'https://user@api.butlr.io', 'https://api.butlr.io/?tenant=1', 'https://api.butlr.io/#top'])(
    'refuses credentials, query or fragment in %s',
    (input) => {
      expect(refusal(baseUrlSchema.safeParse(input))).toBe('Leave credentials, query and fragment out of the base URL.');
    },
  );

  it('refuses an empty base URL and text that is not a URL', () => {
    expect(refusal(baseUrlSchema.safeParse('   '))).toMatch(/Enter the API base URL/);
    expect(refusal(baseUrlSchema.safeParse('api.butlr.io'))).toMatch(/not a URL/);
  });
});

describe('newClientCredentialsProfileSchema', () => {
  it('parses a complete profile, trimming the text fields but not the secret', () => {
    const parsed = newClientCredentialsProfileSchema.parse({
      ...validInput,
      name: ' Production ',
      baseUrl: 'https://api.butlr.io/',
      clientId: '  demo-client ',
      clientSecret: ' secret with spaces ',
      audience: ' https://butlrauth/ ',
    });
    expect(parsed).toEqual({
      kind: 'client_credentials',
      name: 'Production',
      baseUrl: 'https://api.butlr.io',
      clientId: 'demo-client',
      clientSecret: ' secret with spaces ',
      audience: 'https://butlrauth/',
      notes: '',
      tags: [],
      color: null,
    });
  });

  it.each([
    ['clientId', '  ', 'Enter the client ID.'],
    ['clientSecret', '', 'Enter the client secret.'],
    ['audience', '', 'Enter the audience, usually https://butlrauth/.'],
  ])('refuses an empty %s and names that field', (field, value, message) => {
    const result = newClientCredentialsProfileSchema.safeParse({ ...validInput, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('refuses over-long client id, secret and audience', () => {
    expect(newClientCredentialsProfileSchema.safeParse({ ...validInput, clientId: 'c'.repeat(257) }).success).toBe(false);
    expect(newClientCredentialsProfileSchema.safeParse({ ...validInput, clientSecret: 's'.repeat(4097) }).success).toBe(false);
    expect(newClientCredentialsProfileSchema.safeParse({ ...validInput, audience: 'a'.repeat(2049) }).success).toBe(false);
    expect(newClientCredentialsProfileSchema.safeParse({ ...validInput, clientSecret: 's'.repeat(4096) }).success).toBe(true);
  });

  it('refuses a profile of an unknown kind', () => {
    expect(newProfileSchema.safeParse({ ...validInput, kind: 'password' }).success).toBe(false);
  });
});
