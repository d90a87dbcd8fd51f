// JSON export: no secret without a passphrase, a passphrase round trip, and every tampering or malformed file refused by name.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../../../../shared/app-error';
import type { Result } from '../../../../../shared/result';
import { canonicalJson } from '../../../../../electron/core/vault/canonical-json';
import { buildExport, parseExport, type ExportedProfile, type ExportSource, type ParsedExport } from '../../../../../electron/core/vault/export-format';
import { newSealedBlobHeader, sealBlob } from '../../../../../electron/core/vault/passphrase-envelope';

const NOW = Date.UTC(2025, 4, 6, 9, 30);
const PASSPHRASE = 'correct horse battery staple';
const SECRET_A = 'sk_live_A7f3-first-very-secret';
const SECRET_C = 'pässwört 🔐 秘密 third-secret';
const WRONG_PASSPHRASE = 'Wrong passphrase, or the file was changed after export.';

const organised = { notes: '', tags: [], color: null };
const sources: ExportSource[] = [
  { kind: 'client_credentials', name: 'Production', baseUrl: 'https://api.butlr.io', clientId: 'prod-client', audience: 'https://butlrauth/', notes: 'Main tenant', tags: ['prod', 'eu'], color: 'red', secret: SECRET_A },
  { kind: 'client_credentials', name: 'Unreadable', baseUrl: 'https://eu.butlr.io', clientId: 'eu-client', audience: 'https://butlrauth/', ...organised, secret: null },
  { kind: 'client_credentials', name: 'Local', baseUrl: 'http://127.0.0.1:8080', clientId: 'local', audience: 'https://butlrauth/', ...organised, secret: SECRET_C },
  { kind: 'password', name: 'Admin sign-in', baseUrl: 'https://api.butlr.io', username: 'admin@example.com', ...organised, color: 'blue', secret: 'admin password' },
];
// Every source spells out its v2 fields, so its metadata is already what a reader gives back.
const metadata = sources.map(({ secret: _secret, ...profile }) => profile) as ExportedProfile[];

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function errorOf(result: Result<unknown>): AppError {
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.code).toBe('invalid_request');
  for (const secret of [SECRET_A, SECRET_C, PASSPHRASE]) expect(result.error.message).not.toContain(secret);
  return result.error;
}

/** The value as is, as hex, and as base64 / base64url at each of the three byte alignments it could sit at in a longer blob. */
function encodings(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const found = [value, bytes.toString('hex'), bytes.toString('hex').toUpperCase()];
  for (let shift = 0; shift < 3; shift += 1) {
    for (const alphabet of ['base64', 'base64url'] as const) {
      const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString(alphabet);
      found.push(encoded.slice(Math.ceil((shift * 8) / 6), -4));
    }
  }
  return found;
}

function expectNoTrace(text: string, value: string): void {
  for (const encoded of encodings(value)) expect(text).not.toContain(encoded);
}

const documentOf = (text: string): Record<string, unknown> & { profiles: Record<string, unknown>[]; secrets: Record<string, unknown> & { kdf: Record<string, unknown> } } =>
  JSON.parse(text);

/** A base64 field with one byte changed. */
function flipByte(base64: unknown, at = 0): string {
  const bytes = Buffer.from(String(base64), 'base64');
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

describe('buildExport without a passphrase', () => {
  it('writes the versioned document with profile metadata only', async () => {
    const text = valueOf(await buildExport(sources, {}, NOW));
    expect(documentOf(text)).toEqual({ format: 'butlr-credentials-export', version: 3, exportedAt: '2025-05-06T09:30:00.000Z', profiles: metadata });
  });

  it('holds no secret in clear, base64 or hex, even when the caller passes secrets and stored fields along', async () => {
    const withStoredFields = sources.map((source) => ({ ...source, id: 'f3c1', encryptedSecret: 'ss1:c2VjcmV0', createdAt: 1 }));
    const text = valueOf(await buildExport(withStoredFields, {}, NOW));
    for (const secret of [SECRET_A, SECRET_C, 'ss1:c2VjcmV0']) expectNoTrace(text, secret);
    expect(text).not.toMatch(/secret|encrypted|"id"/i);
  });

  it('reads back as a file without secrets', async () => {
    const parsed = valueOf(await parseExport(valueOf(await buildExport(sources, {}, NOW))));
    expect(parsed).toEqual({ secrets: 'none', exportedAt: NOW, profiles: metadata });
  });

  it('refuses to write a profile it could not read back, naming the field', async () => {
    const bad = [sources[0]!, { ...sources[1]!, baseUrl: 'http://eu.example.com' }];
    expect(errorOf(await buildExport(bad, {}, NOW))).toMatchObject({ field: 'profiles[1].baseUrl' });
  });

  it('refuses two profiles whose names differ only in case', async () => {
    const error = errorOf(await buildExport([sources[0]!, { ...sources[1]!, name: 'PRODUCTION' }], {}, NOW));
    expect(error).toEqual({ code: 'invalid_request', message: 'profiles[1].name: has the same name as profiles[0].', field: 'profiles[1].name' });
  });
});

describe('passphrase export', () => {
  let text: string;
  beforeAll(async () => {
    text = valueOf(await buildExport(sources, { passphrase: PASSPHRASE }, NOW));
  });

  it('stores scrypt and AES-GCM parameters, and neither the secrets nor the passphrase in any encoding', () => {
    const { secrets } = documentOf(text);
    expect(secrets).toMatchObject({ cipher: 'aes-256-gcm', kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } });
    expect(Buffer.from(String(secrets.kdf.salt), 'base64')).toHaveLength(16);
    expect(Buffer.from(String(secrets.nonce), 'base64')).toHaveLength(12);
    expect(Buffer.from(String(secrets.tag), 'base64')).toHaveLength(16);
    for (const value of [SECRET_A, SECRET_C, PASSPHRASE]) expectNoTrace(text, value);
  });

  it('round-trips every profile with its secret, and an absent secret as null', async () => {
    const parsed = valueOf(await parseExport(text, PASSPHRASE));
    expect(parsed).toEqual({
      secrets: 'decrypted',
      exportedAt: NOW,
      profiles: [
        { ...metadata[0]!, secret: SECRET_A },
        { ...metadata[1]!, secret: null },
        { ...metadata[2]!, secret: SECRET_C },
        { ...metadata[3]!, secret: 'admin password' },
      ],
    } satisfies ParsedExport);
  });

  it('opens with the same passphrase typed with decomposed accents (NFD)', async () => {
    const composed = 'crème brûlée à la passphrase';
    const exported = valueOf(await buildExport([sources[0]!], { passphrase: composed }, NOW));
    const parsed = valueOf(await parseExport(exported, composed.normalize('NFD')));
    expect(parsed.secrets === 'decrypted' && parsed.profiles[0]?.secret).toBe(SECRET_A);
  });

  it('uses a fresh salt and nonce for every export', async () => {
    const again = documentOf(valueOf(await buildExport(sources, { passphrase: PASSPHRASE }, NOW))).secrets;
    const first = documentOf(text).secrets;
    expect(again.kdf.salt).not.toBe(first.kdf.salt);
    expect(again.nonce).not.toBe(first.nonce);
    expect(again.ciphertext).not.toBe(first.ciphertext);
  });

  it('without a passphrase, previews the profiles as locked and holds no secret', async () => {
    const parsed = valueOf(await parseExport(text));
    expect(parsed).toEqual({ secrets: 'locked', exportedAt: NOW, profiles: metadata });
  });

  it('refuses a wrong passphrase with a message that admits it cannot tell it from tampering', async () => {
    const error = errorOf(await parseExport(text, 'correct horse battery stapler'));
    expect(error.field).toBe('passphrase');
    expect(error.message).toContain(WRONG_PASSPHRASE);
    expect(error.message).toMatch(/cannot tell these apart/);
  });

  it('asks for the passphrase when an empty one is given', async () => {
    expect(errorOf(await parseExport(text, ''))).toEqual({
      code: 'invalid_request',
      message: 'Enter the passphrase this file was exported with.',
      field: 'passphrase',
    });
  });

  it('still opens after the file is re-indented and its keys reordered', async () => {
    const document = documentOf(text);
    const reordered = { secrets: document.secrets, profiles: document.profiles.map((profile) => Object.fromEntries(Object.entries(profile).reverse())), version: document.version, exportedAt: document.exportedAt, format: document.format };
    const parsed = valueOf(await parseExport(JSON.stringify(reordered), PASSPHRASE));
    expect(parsed.secrets).toBe('decrypted');
  });

  const tamperings: [string, (document: ReturnType<typeof documentOf>) => void][] = [
    ['ciphertext', (document) => void (document.secrets.ciphertext = flipByte(document.secrets.ciphertext, 3))],
    ['tag', (document) => void (document.secrets.tag = flipByte(document.secrets.tag, 15))],
    ['salt', (document) => void (document.secrets.kdf.salt = flipByte(document.secrets.kdf.salt))],
    ['nonce', (document) => void (document.secrets.nonce = flipByte(document.secrets.nonce))],
    ['scrypt cost', (document) => void (document.secrets.kdf.N = 2 ** 16)],
    ['a base URL, to send the secret elsewhere', (document) => void (document.profiles[0]!.baseUrl = 'https://api.butlr.io.attacker.example')],
    ['a profile name', (document) => void (document.profiles[2]!.name = 'Local (renamed)')],
    ['the export date', (document) => void (document.exportedAt = '2025-05-06T09:30:01.000Z')],
    ['the profile order, to move a secret to another profile', (document) => void document.profiles.reverse()],
  ];

  it.each(tamperings)('refuses the file when %s is changed', async (_what, tamper) => {
    const document = documentOf(text);
    tamper(document);
    const error = errorOf(await parseExport(JSON.stringify(document, null, 2), PASSPHRASE));
    expect(error.message).toContain(WRONG_PASSPHRASE);
  });

  it('refuses a file whose secrets were removed from the envelope into plain text', async () => {
    const document = documentOf(text);
    const error = errorOf(await parseExport(JSON.stringify({ ...document, secrets: { 0: 'leaked' } }), PASSPHRASE));
    expect(error.field).toBe('secrets');
    expect(error.message).toMatch(/^secrets: this file holds a secret in plain text/);
  });

  it('refuses a short passphrase before encrypting anything', async () => {
    expect(errorOf(await buildExport(sources, { passphrase: 'short pass' }, NOW))).toEqual({
      code: 'invalid_request',
      message: 'Use a passphrase of at least 12 characters; a few words are easier to remember than symbols.',
      field: 'passphrase',
    });
  });

  it('refuses scrypt parameters that would stall the app, before deriving any key', async () => {
    const document = documentOf(text);
    document.secrets.kdf.N = 2 ** 30;
    const error = errorOf(await parseExport(JSON.stringify(document), PASSPHRASE));
    expect(error).toMatchObject({ message: 'secrets.kdf.N: should be a power of two from 2^15 to 2^18.', field: 'secrets.kdf.N' });
    Object.assign(document.secrets.kdf, { N: 2 ** 18, r: 16 });
    expect(errorOf(await parseExport(JSON.stringify(document), PASSPHRASE))).toMatchObject({
      message: 'secrets.kdf: asks for more memory than this app allows.',
      field: 'secrets.kdf',
    });
  });

  it('refuses envelope fields that are not canonical base64 of the right length', async () => {
    const document = documentOf(text);
    document.secrets.nonce = 'AAAA';
    document.secrets.tag = `${String(document.secrets.tag).slice(0, -2)}!!`;
    const error = errorOf(await parseExport(JSON.stringify(document), PASSPHRASE));
    expect(error.message.split('\n')).toEqual([
      'secrets.nonce: should be a nonce of 12 bytes as base64 text.',
      'secrets.tag: should be an authentication tag of 16 bytes as base64 text.',
    ]);
  });

  it('refuses authentic secrets that do not belong to the file’s profiles', async () => {
    // Sealed by hand the way buildExport does: everything but ciphertext and tag, canonical, as associated data.
    const document = { format: 'butlr-credentials-export', version: 1, exportedAt: new Date(NOW).toISOString(), profiles: [metadata[0]!] };
    const header = newSealedBlobHeader();
    const sealed = await sealBlob(header, PASSPHRASE, JSON.stringify({ 4: SECRET_A }), canonicalJson({ ...document, secrets: { ...header } }));
    const error = errorOf(await parseExport(JSON.stringify({ ...document, secrets: sealed }), PASSPHRASE));
    expect(error.message).toBe('The encrypted secrets in this file do not match its profiles, so nothing was imported.');
  });
});

describe('parseExport: files it refuses', () => {
  const base = { format: 'butlr-credentials-export', version: 1, exportedAt: '2025-05-06T09:30:00.000Z', profiles: metadata };
  const parseObject = (document: unknown) => parseExport(JSON.stringify(document));

  it('refuses a file from a newer version and says to update', async () => {
    const error = errorOf(await parseObject({ ...base, version: 4, profiles: [{ kind: 'authorization_code', scopes: ['new'] }] }));
    expect(error.message).toBe('This file was exported by a newer version of Butlr Credentials (format v4); this app reads v3. Update the app, then import it again.');
    expect(error.field).toBe('version');
  });

  it('refuses a version that is not a number it knows', async () => {
    expect(errorOf(await parseObject({ ...base, version: '1' }))).toMatchObject({ message: 'version: should be 1 or 2 or 3.', field: 'version' });
  });

  it('says where malformed JSON breaks, without quoting it', async () => {
    const error = errorOf(await parseExport(`{\n  "format": "butlr-credentials-export",\n  "secret": "${SECRET_A}" x\n}`));
    expect(error.message).toBe(`This file is not valid JSON (line 3, column ${`  "secret": "${SECRET_A}" `.length + 1}). It may be damaged, or not a Butlr Credentials export.`);
  });

  it('says when the JSON stops early', async () => {
    const text = valueOf(await buildExport(sources, {}, NOW));
    expect(errorOf(await parseExport(text.slice(0, text.indexOf('admin@example.com') + 5))).message).toBe('This file is not valid JSON: it ends too early, as if it was cut off.');
  });

  it('refuses an empty file and a file that is not ours', async () => {
    expect(errorOf(await parseExport(' \n')).message).toBe('This file is empty.');
    for (const other of ['[]', '"text"', '{"format":"something-else","version":1}', '{"profiles":[]}']) {
      expect(errorOf(await parseExport(other))).toEqual({ code: 'invalid_request', message: 'This is not a Butlr Credentials export file.', field: 'format' });
    }
  });

  it('names the field in every profile error', async () => {
    const profiles = [metadata[0], metadata[1], { ...metadata[2], baseUrl: 'http://eu.example.com' }];
    const error = errorOf(await parseObject({ ...base, profiles }));
    expect(error).toEqual({
      code: 'invalid_request',
      message: 'profiles[2].baseUrl: use an https:// address; plain http is only allowed for this computer (localhost).',
      field: 'profiles[2].baseUrl',
    });
  });

  it.each([
    ['a missing client ID', { clientId: undefined }, 'profiles[0].clientId: is missing.'],
    ['a client ID of the wrong type', { clientId: 42 }, 'profiles[0].clientId: should be text.'],
    ['a blank name', { name: '  ' }, 'profiles[0].name: give the profile a name.'],
    ['a name over the limit', { name: 'n'.repeat(81) }, 'profiles[0].name: keep the name under 81 characters.'],
    ['an unknown kind', { kind: 'authorization_code' }, 'profiles[0].kind: is not a kind this version knows (the file may come from a newer version of Butlr Credentials).'],
    ['an unknown field', { colour: 'teal' }, 'profiles[0]: has a field this version does not know (the file may come from a newer version of Butlr Credentials).'],
  ])('refuses %s', async (_what, change, message) => {
    const error = errorOf(await parseObject({ ...base, profiles: [{ ...metadata[0], ...change }] }));
    expect(error.message).toBe(message);
    expect(error.field).toBe(message.slice(0, message.indexOf(':')));
  });

  it('lists several problems, one per line', async () => {
    const error = errorOf(await parseObject({ ...base, exportedAt: 'yesterday', profiles: [{ ...metadata[0], audience: '' }] }));
    expect(error.message.split('\n')).toEqual([
      'exportedAt: should be a date and time like 2025-01-31T09:30:00.000Z.',
      'profiles[0].audience: enter the audience, usually https://butlrauth/.',
    ]);
    expect(error.field).toBe('exportedAt');
  });

  it.each(['clientSecret', 'client_secret', 'password', 'accessToken'])('refuses a plain-text %s inside a profile without quoting it', async (key) => {
    const error = errorOf(await parseObject({ ...base, profiles: [metadata[0], { ...metadata[1], [key]: SECRET_A }] }));
    expect(error.field).toBe(`profiles[1].${key}`);
    expect(error.message).toMatch(new RegExp(`^profiles\\[1\\]\\.${key}: this file holds a secret in plain text`));
  });
});
