// .env import: the dotenv variants Butlr's tools write, and the exact message for every way a file can be wrong.
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../../shared/app-error';
import { DEFAULT_AUDIENCE, DEFAULT_BASE_URL, PROFILE_NAME_MAX_LENGTH, newClientCredentialsProfileSchema } from '../../../../../shared/profile';
import type { Result } from '../../../../../shared/result';
import { importEnvFile, suggestProfileName, type EnvImportCandidate } from '../../../../../electron/core/vault/env-import';

const SECRET = 'sk_live_7Hq2-very-secret-value';

/** Butlr's .env names make a client-credentials profile. */
function valueOf(result: Result<EnvImportCandidate>): Extract<EnvImportCandidate, { kind: 'client_credentials' }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  if (result.value.kind !== 'client_credentials') throw new Error(`expected a client-credentials profile, got ${result.value.kind}`);
  return result.value;
}

function errorOf(result: Result<EnvImportCandidate>): AppError {
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error.code).toBe('invalid_request');
  expect(result.error.message).not.toContain(SECRET);
  return result.error;
}

const lines = (...text: string[]): string => text.join('\n');

describe('importEnvFile: accepted files', () => {
  it('reads the two required variables and fills the defaults', () => {
    const profile = valueOf(importEnvFile(lines('BUTLR_CLIENT_ID=client-1', `BUTLR_CLIENT_SECRET=${SECRET}`), 'staging.env'));
    expect(profile).toEqual(
      newClientCredentialsProfileSchema.parse({
        kind: 'client_credentials',
        name: 'staging',
        baseUrl: DEFAULT_BASE_URL,
        clientId: 'client-1',
        clientSecret: SECRET,
        audience: DEFAULT_AUDIENCE,
      }),
    );
  });

  it('tolerates export prefixes, both quote styles, comments, blank lines, CRLF, a BOM and spaces around =', () => {
    const text = [
      '\uFEFF# Butlr credentials for the staging tenant',
      '',
      `export BUTLR_CLIENT_ID = "client-2"   # the id`,
      `export  BUTLR_CLIENT_SECRET='${SECRET}'`,
      '   ',
      "BUTLR_BASE_URL='https://staging.butlr.io/'",
      'BUTLR_AUDIENCE="https://butlrauth/staging"',
      'DATABASE_URL=postgres://unrelated',
      '',
    ].join('\r\n');
    expect(valueOf(importEnvFile(text, '.env.staging'))).toMatchObject({
      kind: 'client_credentials',
      name: 'staging',
      baseUrl: 'https://staging.butlr.io',
      clientId: 'client-2',
      clientSecret: SECRET,
      audience: 'https://butlrauth/staging',
    });
  });

  it('reads files with old Mac (CR-only) line endings', () => {
    expect(valueOf(importEnvFile(`BUTLR_CLIENT_ID=c\rBUTLR_CLIENT_SECRET=${SECRET}\r`, 'x.env')).clientSecret).toBe(SECRET);
  });

  it('keeps a # inside an unquoted value and cuts a comment that follows whitespace', () => {
    const profile = valueOf(importEnvFile(lines('BUTLR_CLIENT_ID=abc#123', 'BUTLR_CLIENT_SECRET=s3cr#et  # rotated in May'), 'x.env'));
    expect(profile.clientId).toBe('abc#123');
    expect(profile.clientSecret).toBe('s3cr#et');
  });

  it('decodes escapes in double quotes and keeps single-quoted text exactly as written', () => {
    const profile = valueOf(importEnvFile(lines('BUTLR_CLIENT_ID="a\\"b\\\\c"', "BUTLR_CLIENT_SECRET='x\\ny # not a comment'"), 'x.env'));
    expect(profile.clientId).toBe('a"b\\c');
    expect(profile.clientSecret).toBe('x\\ny # not a comment');
  });

  it('keeps the spaces inside a quoted secret', () => {
    expect(valueOf(importEnvFile(lines('BUTLR_CLIENT_ID=c', 'BUTLR_CLIENT_SECRET="  spaced  "'), 'x.env')).clientSecret).toBe('  spaced  ');
  });

  it('accepts plain http for a loopback base URL', () => {
    const text = lines('BUTLR_CLIENT_ID=c', `BUTLR_CLIENT_SECRET=${SECRET}`, 'BUTLR_BASE_URL=http://127.0.0.1:8080/');
    expect(valueOf(importEnvFile(text, 'local.env')).baseUrl).toBe('http://127.0.0.1:8080');
  });
});

describe('importEnvFile: refused files', () => {
  const valid = ['BUTLR_CLIENT_ID=client-1', `BUTLR_CLIENT_SECRET=${SECRET}`];

  it('says which line has an empty required variable', () => {
    const error = errorOf(importEnvFile(lines('# header', '', 'BUTLR_CLIENT_ID=', `BUTLR_CLIENT_SECRET=${SECRET}`), 'x.env'));
    expect(error).toEqual({
      code: 'invalid_request',
      message: 'line 3: BUTLR_CLIENT_ID is empty',
      field: 'BUTLR_CLIENT_ID',
      problems: [{ line: 3, message: 'BUTLR_CLIENT_ID is empty' }],
    });
  });

  it('treats an empty pair of quotes as empty', () => {
    expect(errorOf(importEnvFile(lines('BUTLR_CLIENT_ID=c', 'BUTLR_CLIENT_SECRET=""'), 'x.env')).message).toBe('line 2: BUTLR_CLIENT_SECRET is empty');
  });

  it('says which required variable is missing', () => {
    expect(errorOf(importEnvFile('BUTLR_CLIENT_ID=client-1', 'x.env'))).toEqual({
      code: 'invalid_request',
      message: 'BUTLR_CLIENT_SECRET is missing',
      field: 'BUTLR_CLIENT_SECRET',
      problems: [{ message: 'BUTLR_CLIENT_SECRET is missing' }],
    });
  });

  it('lists every problem, one per line, with the first one as the field', () => {
    const error = errorOf(importEnvFile('OTHER=1', 'x.env'));
    expect(error.message).toBe('BUTLR_CLIENT_ID is missing\nBUTLR_CLIENT_SECRET is missing');
    expect(error.field).toBe('BUTLR_CLIENT_ID');
  });

  it('points at a lower-case near miss', () => {
    expect(errorOf(importEnvFile(lines('BUTLR_CLIENT_ID=c', `butlr_client_secret=${SECRET}`), 'x.env')).message).toBe(
      'line 2: unknown key butlr_client_secret — did you mean BUTLR_CLIENT_SECRET? (names are case-sensitive)',
    );
  });

  it('suggests the variable an unknown key most likely meant, on its line, in place of "missing"', () => {
    const error = errorOf(importEnvFile(lines('# Acme', 'BUTLR_CLIENT_ID=c', `BUTLR_SECRET=${SECRET}`), 'x.env'));
    expect(error).toEqual({
      code: 'invalid_request',
      message: 'line 3: unknown key BUTLR_SECRET — did you mean BUTLR_CLIENT_SECRET?',
      field: 'BUTLR_CLIENT_SECRET',
      problems: [{ line: 3, message: 'unknown key BUTLR_SECRET — did you mean BUTLR_CLIENT_SECRET?' }],
    });
    expect(errorOf(importEnvFile(lines('BUTLR_CLEINT_ID=c', `BUTLR_CLIENT_SECRET=${SECRET}`), 'x.env')).message).toBe(
      'line 1: unknown key BUTLR_CLEINT_ID — did you mean BUTLR_CLIENT_ID?',
    );
  });

  it('refuses a near miss of an optional variable, which would otherwise send the secret to the default server', () => {
    const error = errorOf(importEnvFile(lines(...valid, 'BUTLR_BASEURL=https://eu.butlr.io'), 'x.env'));
    expect(error.problems).toEqual([{ line: 3, message: 'unknown key BUTLR_BASEURL — did you mean BUTLR_BASE_URL?' }]);
    expect(error.field).toBe('BUTLR_BASE_URL');
  });

  it('leaves other tools’ variables alone, and a look-alike of a variable the file does set', () => {
    const profile = valueOf(importEnvFile(lines(...valid, 'BASE_URL=http://localhost:3000', 'CLIENT_ID=web', 'BUTLR_CLIENT_IDS=a,b', 'DATABASE_URL=postgres://x'), 'x.env'));
    expect(profile.baseUrl).toBe(DEFAULT_BASE_URL);
  });

  it('lists each problem with its line, and the whole list beyond the five the message names', () => {
    const text = lines('BUTLR_CLIENT_ID=', 'BUTLR_SECRET=x', ...Array.from({ length: 6 }, () => 'BUTLR_AUDIENCE=a'));
    const error = errorOf(importEnvFile(text, 'x.env'));
    expect(error.problems).toEqual([
      { line: 1, message: 'BUTLR_CLIENT_ID is empty' },
      { line: 2, message: 'unknown key BUTLR_SECRET — did you mean BUTLR_CLIENT_SECRET?' },
      { line: 4, message: 'BUTLR_AUDIENCE is set again (first on line 3); keep one.' },
    ]);
    const nonsense = errorOf(importEnvFile(Array.from({ length: 25 }, () => 'nonsense').join('\n'), 'x.env'));
    expect(nonsense.problems).toHaveLength(21);
    expect(nonsense.problems?.[19]).toEqual({ line: 20, message: 'this is not KEY=value' });
    expect(nonsense.problems?.[20]).toEqual({ message: '… and 5 more problems' });
  });

  it('refuses a line that is not KEY=value without repeating it', () => {
    const error = errorOf(importEnvFile(lines(...valid, '', '', `BUTLR_CLIENT_SECRET ${SECRET}`), 'x.env'));
    expect(error).toEqual({ code: 'invalid_request', message: 'line 5: this is not KEY=value', problems: [{ line: 5, message: 'this is not KEY=value' }] });
  });

  it('refuses a key that is not a variable name', () => {
    expect(errorOf(importEnvFile(lines('MY KEY=1', ...valid), 'x.env')).message).toBe('line 1: this is not KEY=value');
    expect(errorOf(importEnvFile(lines('=1', ...valid), 'x.env')).message).toBe('line 1: this is not KEY=value');
  });

  it('refuses an unclosed quote and text after a closing quote', () => {
    expect(errorOf(importEnvFile(lines('BUTLR_CLIENT_ID=c', `BUTLR_CLIENT_SECRET="${SECRET}`), 'x.env')).message).toBe(
      'line 2: BUTLR_CLIENT_SECRET: the closing " is missing (a value must fit on one line)',
    );
    expect(errorOf(importEnvFile(lines(`BUTLR_CLIENT_SECRET='${SECRET}'x`, 'BUTLR_CLIENT_ID=c'), 'x.env')).message).toBe(
      'line 1: BUTLR_CLIENT_SECRET: there is text after the closing quote',
    );
  });

  it('refuses a variable set twice rather than guessing which one wins', () => {
    const error = errorOf(importEnvFile(lines(...valid, 'BUTLR_CLIENT_ID=other'), 'x.env'));
    expect(error).toMatchObject({ code: 'invalid_request', message: 'line 3: BUTLR_CLIENT_ID is set again (first on line 1); keep one.', field: 'BUTLR_CLIENT_ID' });
  });

  it('refuses an empty optional variable and says how to get the default', () => {
    expect(errorOf(importEnvFile(lines(...valid, 'BUTLR_BASE_URL='), 'x.env')).message).toBe('line 3: BUTLR_BASE_URL is empty (remove the line to use the default)');
    expect(errorOf(importEnvFile(lines(...valid, "BUTLR_AUDIENCE=''"), 'x.env')).message).toBe('line 3: BUTLR_AUDIENCE is empty (remove the line to use the default)');
  });

  it('refuses a base URL that is not https, with the line', () => {
    const error = errorOf(importEnvFile(lines(...valid, 'BUTLR_BASE_URL=http://api.example.com'), 'x.env'));
    expect(error.message).toBe('line 3: BUTLR_BASE_URL: use an https:// address; plain http is only allowed for this computer (localhost).');
    expect(error.field).toBe('BUTLR_BASE_URL');
  });

  it('refuses a base URL whose path holds shell characters, with the line', () => {
    const error = errorOf(importEnvFile(lines(...valid, `BUTLR_BASE_URL="https://api.butlr.io/x'$(id)'"`), 'x.env'));
    expect(error).toMatchObject({
      code: 'invalid_request',
      message: "line 3: BUTLR_BASE_URL: the base URL's path may contain only letters, digits, '-', '.', '_', '~' and '/'.",
      field: 'BUTLR_BASE_URL',
    });
  });

  it('refuses a base URL that is not a URL', () => {
    expect(errorOf(importEnvFile(lines('BUTLR_BASE_URL=api.butlr.io', ...valid), 'x.env')).message).toBe(
      'line 1: BUTLR_BASE_URL: that is not a URL. Use the form https://api.butlr.io.',
    );
  });

  it('refuses a secret over the length limit without quoting it', () => {
    const long = `${SECRET}${'x'.repeat(4096)}`;
    const error = errorOf(importEnvFile(lines('BUTLR_CLIENT_ID=c', `BUTLR_CLIENT_SECRET=${long}`), 'x.env'));
    expect(error.message).toBe('line 2: BUTLR_CLIENT_SECRET: that client secret is too long.');
  });

  it('reports syntax problems on every line they occur, capped at five', () => {
    const error = errorOf(importEnvFile(Array.from({ length: 8 }, () => 'nonsense').join('\n'), 'x.env'));
    expect(error.message.split('\n')).toEqual([
      'line 1: this is not KEY=value',
      'line 2: this is not KEY=value',
      'line 3: this is not KEY=value',
      'line 4: this is not KEY=value',
      'line 5: this is not KEY=value',
      '… and 3 more problems',
    ]);
  });

  it('refuses a file too large to be a .env file', () => {
    expect(errorOf(importEnvFile(`${lines(...valid)}\n#${'x'.repeat(64 * 1024)}`, 'x.env')).message).toBe('This file is too large to be a .env file (over 64 KB).');
  });
});

describe('suggestProfileName', () => {
  it.each([
    ['staging.env', 'staging'],
    ['.env.staging', 'staging'],
    ['/home/ana/acme/acme-prod.env', 'acme-prod'],
    ['C:\\Users\\ana\\prod.env', 'prod'],
    ['.env.production.local', 'production.local'],
    ['credentials.txt', 'credentials.txt'],
    ['.env', 'Imported from .env'],
    ['', 'Imported from .env'],
    ['  .env  ', 'Imported from .env'],
  ])('%j suggests %j', (fileName, name) => {
    expect(suggestProfileName(fileName)).toBe(name);
  });

  it('keeps a long file name within the name limit', () => {
    const name = suggestProfileName(`${'n'.repeat(200)}.env`);
    expect(name).toBe('n'.repeat(PROFILE_NAME_MAX_LENGTH));
  });
});
