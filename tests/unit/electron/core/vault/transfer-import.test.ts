// Importing over IPC: a Butlr .env file, name clashes that wait for rename/replace/skip, bad files told by line or field, and cancel.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, openSync } from 'node:fs';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { ProfileView } from '../../../../../shared/profile';
import type { ImportPreview } from '../../../../../shared/transfer';
import type { TestCore } from '../../../../fixtures/test-core';
import { copyToken, createProfile, errorOf, fetchToken, listProfiles, profileInput, profileView, valueOf } from '../core-test-kit';
import { exportProfiles, finishImport, startImport, unlockImport, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

const ENV_SECRET = 'env-file-secret-4e7a1c9b';

async function writeInFolder(name: string, text: string): Promise<string> {
  const path = join(await world.folder(), name);
  await writeFile(path, text);
  return path;
}

const exportDocument = (profiles: readonly Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'butlr-credentials-export', version: 2, exportedAt: '2025-05-06T09:30:00.000Z', profiles, ...extra }, null, 2);

const exported = (name: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'client_credentials',
  name,
  baseUrl: 'https://api.butlr.io',
  clientId: `${name.toLowerCase()}-client`,
  audience: 'https://butlrauth/',
  notes: `Imported ${name}`,
  tags: [],
  color: null,
  ...overrides,
});

describe('a Butlr .env file', () => {
  it('becomes a client-credentials profile named after the file, with its secret set, that signs in', async () => {
    const butlr = await world.server({ clients: { 'env-client': ENV_SECRET } });
    const test = world.core({ dataDir: await world.folder() });
    const path = await writeInFolder('staging.env', `# Butlr API\nBUTLR_CLIENT_ID=env-client\nexport BUTLR_CLIENT_SECRET="${ENV_SECRET}"\nBUTLR_BASE_URL=${butlr.url}\n`);

    const preview = await startImport(test, path);
    expect(preview).toEqual<ImportPreview>({
      importId: preview.importId,
      fileName: 'staging.env',
      source: 'env',
      secrets: 'included',
      profiles: [
        { index: 0, name: 'staging', kind: 'client_credentials', baseUrl: butlr.url, principal: 'env-client', hasSecret: true, reference: null, clashesWith: null, suggestedName: null },
      ],
    });
    expect(JSON.stringify(preview)).not.toContain(ENV_SECRET);
    expect(valueOf(await finishImport(test, preview.importId))).toEqual({ added: 1, replaced: 0, skipped: 0, withoutSecret: 0, toConfirm: 0 });

    const [profile] = await listProfiles(test);
    expect(profile).toMatchObject({ name: 'staging', kind: 'client_credentials', baseUrl: butlr.url, clientId: 'env-client', audience: 'https://butlrauth/', secret: 'set' });
    valueOf(await copyToken(test, profile!.id));
    expect(butlr.requests.map((request) => request.body)).toEqual([
      { client_id: 'env-client', client_secret: ENV_SECRET, audience: 'https://butlrauth/', grant_type: 'client_credentials' },
    ]);
  });

  it('takes Butlr’s base URL and audience when the file names none', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const path = await writeInFolder('.env', `BUTLR_CLIENT_ID=env-client\nBUTLR_CLIENT_SECRET=${ENV_SECRET}\n`);
    const preview = await startImport(test, path);
    valueOf(await finishImport(test, preview.importId));
    expect((await listProfiles(test))[0]).toMatchObject({ name: 'Imported from .env', baseUrl: 'https://api.butlr.io', audience: 'https://butlrauth/', secret: 'set' });
  });
});

describe('a name clash', () => {
  /** "Production" exists and holds a token; the file brings "production" (a clash) and "Fresh" (none). */
  async function clashing(): Promise<{ test: TestCore; existing: ProfileView; preview: ImportPreview }> {
    const butlr = await world.server();
    const test = world.core({ dataDir: await world.folder() });
    const created = await createProfile(test, profileInput(butlr.url, { name: 'Production' }));
    valueOf(await fetchToken(test, created.id));
    const path = await writeInFolder('vault.json', exportDocument([exported(' production ', { clientId: 'production-client', notes: 'Imported production' }), exported('Fresh')]));
    return { test, existing: await profileView(test, created.id), preview: await startImport(test, path) };
  }

  it('is shown in the preview with the name it clashes with and the name a rename would give', async () => {
    const { preview } = await clashing();
    expect(preview.profiles.map(({ name, clashesWith, suggestedName }) => ({ name, clashesWith, suggestedName }))).toEqual([
      { name: 'production', clashesWith: 'Production', suggestedName: 'production (2)' },
      { name: 'Fresh', clashesWith: null, suggestedName: null },
    ]);
  });

  it('says who each profile signs in as (client ID or username), so a person can tell it from the one it clashes with', async () => {
    const butlr = await world.server();
    const test = world.core({ dataDir: await world.folder() });
    await createProfile(test, profileInput(butlr.url, { name: 'Production', clientId: 'demo-client' }));
    const admin = { kind: 'password', name: 'Admin', baseUrl: 'https://api.butlr.io', username: 'admin@example.com', notes: '', tags: [], color: null };
    const path = await writeInFolder('vault.json', exportDocument([exported('Production', { clientId: 'production-client' }), admin]));
    const preview = await startImport(test, path);
    expect(preview.profiles.map(({ name, kind, principal, clashesWith }) => ({ name, kind, principal, clashesWith }))).toEqual([
      { name: 'Production', kind: 'client_credentials', principal: 'production-client', clashesWith: 'Production' },
      { name: 'Admin', kind: 'password', principal: 'admin@example.com', clashesWith: null },
    ]);
  });

  it('stops the import until someone decides, importing nothing', async () => {
    const { test, existing, preview } = await clashing();
    expect(errorOf(await finishImport(test, preview.importId), 'invalid_request').message).toBe('Choose rename, replace or skip for every profile whose name is already taken.');
    expect(await listProfiles(test)).toEqual([existing]);
    // The session stays open for the answer.
    expect(valueOf(await finishImport(test, preview.importId, { 0: 'skip' }))).toMatchObject({ added: 1, skipped: 1 });
  });

  it('rename: adds it under the suggested name and leaves the existing profile alone', async () => {
    const { test, existing, preview } = await clashing();
    expect(valueOf(await finishImport(test, preview.importId, { 0: 'rename' }))).toEqual({ added: 2, replaced: 0, skipped: 0, withoutSecret: 2, toConfirm: 0 });
    expect((await listProfiles(test)).map((profile) => profile.name)).toEqual(['Production', 'production (2)', 'Fresh']);
    expect(await profileView(test, existing.id)).toEqual(existing);
  });

  it('replace: overwrites the existing profile in place, keeping its id and position, dropping its token', async () => {
    const { test, existing, preview } = await clashing();
    expect(valueOf(await finishImport(test, preview.importId, { 0: 'replace' }))).toEqual({ added: 1, replaced: 1, skipped: 0, withoutSecret: 2, toConfirm: 0 });
    const listed = await listProfiles(test);
    expect(listed.map((profile) => [profile.id === existing.id, profile.name])).toEqual([
      [true, 'production'],
      [false, 'Fresh'],
    ]);
    expect(listed[0]).toMatchObject({ clientId: 'production-client', notes: 'Imported production', secret: 'missing', token: { state: 'none' }, createdAt: existing.createdAt });
  });

  it('skip: leaves the existing profile exactly as it was', async () => {
    const { test, existing, preview } = await clashing();
    expect(valueOf(await finishImport(test, preview.importId, { 0: 'skip' }))).toEqual({ added: 1, replaced: 0, skipped: 1, withoutSecret: 1, toConfirm: 0 });
    expect(await listProfiles(test)).toEqual([existing, expect.objectContaining({ name: 'Fresh' })]);
  });

  it('replace from a .env file brings the file’s secret into the existing profile', async () => {
    const butlr = await world.server({ clients: { 'env-client': ENV_SECRET } });
    const test = world.core({ dataDir: await world.folder() });
    const existing = await createProfile(test, profileInput(butlr.url, { name: 'Production', clientId: 'old-client', clientSecret: 'old-secret-value' }));
    const path = await writeInFolder('production.env', `BUTLR_CLIENT_ID=env-client\nBUTLR_CLIENT_SECRET=${ENV_SECRET}\nBUTLR_BASE_URL=${butlr.url}\n`);
    const preview = await startImport(test, path);
    expect(preview.profiles[0]?.clashesWith).toBe('Production');
    valueOf(await finishImport(test, preview.importId, { 0: 'replace' }));
    expect(await profileView(test, existing.id)).toMatchObject({ name: 'production', clientId: 'env-client', secret: 'set' });
    valueOf(await copyToken(test, existing.id));
    expect(butlr.requests.at(-1)?.body).toMatchObject({ client_id: 'env-client', client_secret: ENV_SECRET });
  });
});

describe('a file that cannot be imported', () => {
  it.each([
    ['.env without the secret', 'no-secret.env', 'BUTLR_CLIENT_ID=abc\n', 'BUTLR_CLIENT_SECRET is missing', 'BUTLR_CLIENT_SECRET'],
    ['.env with a line that is not KEY=value', 'broken.env', `BUTLR_CLIENT_ID=abc\nthis line is wrong\nBUTLR_CLIENT_SECRET=${ENV_SECRET}\n`, 'line 2: this is not KEY=value', undefined],
    [
      '.env with a plain-http base URL',
      'http.env',
      `BUTLR_CLIENT_ID=abc\nBUTLR_CLIENT_SECRET=${ENV_SECRET}\nBUTLR_BASE_URL=http://api.butlr.io\n`,
      'line 3: BUTLR_BASE_URL: use an https:// address',
      'BUTLR_BASE_URL',
    ],
    ['.env with a lower-case variable', 'case.env', `butlr_client_id=abc\nBUTLR_CLIENT_SECRET=${ENV_SECRET}\n`, 'line 1: unknown key butlr_client_id — did you mean BUTLR_CLIENT_ID? (names are case-sensitive)', 'BUTLR_CLIENT_ID'],
    [
      '.env with shell characters in the base URL path',
      'shell.env',
      `BUTLR_CLIENT_ID=abc\nBUTLR_CLIENT_SECRET=${ENV_SECRET}\nBUTLR_BASE_URL=https://api.butlr.io/x'$(id)'\n`,
      "line 3: BUTLR_BASE_URL: the base URL's path may contain only letters, digits, '-', '.', '_', '~' and '/'.",
      'BUTLR_BASE_URL',
    ],
    [
      'export with shell characters in a base URL path',
      'shell.json',
      exportDocument([exported('A'), exported('B', { baseUrl: "https://api.butlr.io/x';id;'" })]),
      "profiles[1].baseUrl: the base URL's path may contain only letters, digits, '-', '.', '_', '~' and '/'.",
      'profiles[1].baseUrl',
    ],
    ['export with a plain-http base URL', 'http.json', exportDocument([exported('A'), exported('B', { baseUrl: 'http://api.butlr.io' })]), 'profiles[1].baseUrl: use an https:// address', 'profiles[1].baseUrl'],
    ['export with a profile missing its client ID', 'missing.json', exportDocument([exported('A', { clientId: undefined })]), 'profiles[0].clientId: is missing.', 'profiles[0].clientId'],
    ['export holding a secret in plain text', 'plain.json', exportDocument([exported('A', { clientSecret: ENV_SECRET })]), 'profiles[0].clientSecret: this file holds a secret in plain text', 'profiles[0].clientSecret'],
    ['export from a newer version', 'newer.json', exportDocument([exported('A')], { version: 4 }), 'exported by a newer version of Butlr Credentials (format v4)', 'version'],
    ['export with a missing comma', 'broken.json', '{\n  "format": "butlr-credentials-export",\n  "version": 2\n  "profiles": []\n}\n', 'This file is not valid JSON (line 4, column 3)', undefined],
    ['export cut off', 'cut.json', exportDocument([exported('A')]).slice(0, 120), 'it ends too early', undefined],
  ])('%s: says where, and opens no import', async (_what, fileName, text, message, field) => {
    const test = world.core({ dataDir: await world.folder() });
    test.dialogs.nextOpenPath = await writeInFolder(fileName, text);
    const error = errorOf(await test.invoke(ipcChannels.startImport), 'invalid_request');
    // The message, or (for a file's problems) the list the import dialog shows, one a line.
    const shown = [error.message, ...(error.problems ?? []).map((problem) => (problem.line ? `line ${problem.line}: ${problem.message}` : problem.message))].join('\n');
    expect(shown).toContain(message);
    expect(error.field).toBe(field);
    expect(JSON.stringify(error)).not.toContain(ENV_SECRET);
    expect(await listProfiles(test)).toEqual([]);
  });

  // V8 gives no position for "Unexpected token" errors (a stray comma, 'single quotes'); the line is found anyway.
  it.each([
    ['a stray comma in a list', '{\n  "format": "butlr-credentials-export",\n  "version": 2,\n  "profiles": [,]\n}\n'],
    ['single-quoted text', "{\n  \"format\": \"butlr-credentials-export\",\n  \"version\": 2,\n  \"profiles\": ['x']\n}\n"],
  ])('export with %s: says which line breaks', async (_what, text) => {
    const test = world.core({ dataDir: await world.folder() });
    test.dialogs.nextOpenPath = await writeInFolder('broken.json', text);
    expect(errorOf(await test.invoke(ipcChannels.startImport), 'invalid_request').message).toContain('(line 4, column');
  });

  it('a file that is not there: says it could not be read', async () => {
    const test = world.core({ dataDir: await world.folder() });
    test.dialogs.nextOpenPath = join(await world.folder(), 'gone.env');
    expect(errorOf(await test.invoke(ipcChannels.startImport), 'invalid_request').message).toBe('Could not read gone.env. Check that the file exists and you may read it.');
  });
});

/** The answer, or a failure once `seconds` pass: an import that waits forever must fail the test, not hang it. */
async function within<T>(seconds: number, answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${seconds} s`)), seconds * 1000);
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('a path that is not a file, or too big to be an export', () => {
  const chooseAFile = 'Choose an export (.json) or a .env file.';

  it.skipIf(process.platform === 'win32')('a FIFO: refuses at once instead of waiting for a writer', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const fifo = join(await world.folder(), 'vault.json');
    execFileSync('mkfifo', [fifo]);
    test.dialogs.nextOpenPath = fifo;
    try {
      const error = errorOf(await within(2, test.invoke(ipcChannels.startImport)), 'not_a_file');
      expect(error.message).toBe(`vault.json is a pipe, not a file. ${chooseAFile}`);
    } finally {
      // Should a reader still be waiting in open(), a writer that comes and goes lets it finish (and the test process exit).
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // No reader waiting: nothing to let go.
      }
    }
  });

  it.skipIf(!existsSync('/dev/null'))('a device: refuses it, without reading from it', async () => {
    const test = world.core({ dataDir: await world.folder() });
    test.dialogs.nextOpenPath = '/dev/null';
    expect(errorOf(await test.invoke(ipcChannels.startImport), 'not_a_file').message).toBe(`null is a device, not a file. ${chooseAFile}`);
  });

  it('a folder: says to choose the file inside it', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const folder = join(await world.folder(), 'backups');
    await mkdir(folder);
    test.dialogs.nextOpenPath = folder;
    expect(errorOf(await test.invoke(ipcChannels.startImport), 'not_a_file').message).toBe('backups is a folder. Choose the export (.json) or .env file inside it.');
  });

  it('a file over 8 MB: says how big it is and how big an export can be, and reads none of it', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const path = await writeInFolder('huge.json', '');
    // Sparse: 9 MB on paper and no blocks on disk; reading it would give 9 MB of zero bytes.
    await truncate(path, 9 * 1024 * 1024);
    test.dialogs.nextOpenPath = path;
    expect(errorOf(await test.invoke(ipcChannels.startImport), 'file_too_large').message).toBe(`huge.json is 9 MB; an export or .env file is at most 8 MB. ${chooseAFile}`);
    expect(await listProfiles(test)).toEqual([]);
  });

  it('an ordinary file of the same kind still imports', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const path = await writeInFolder('vault.json', exportDocument([exported('Plain')]));
    const preview = await startImport(test, path);
    expect(preview).toMatchObject({ fileName: 'vault.json', source: 'export', profiles: [{ name: 'Plain' }] });
  });
});

describe('cancelling', () => {
  it('the open dialog starts no import', async () => {
    const test = world.core({ dataDir: await world.folder() });
    test.dialogs.nextOpenPath = null;
    expect(valueOf(await test.invoke(ipcChannels.startImport))).toBeNull();
  });

  it('forgets the session: it can be neither finished nor unlocked afterwards', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const created = await createProfile(test, profileInput('https://api.butlr.io'));
    const exportsDir = await world.folder();
    await exportProfiles(test, join(exportsDir, 'sealed.json'), 'correct horse battery staple');
    valueOf(await test.invoke(ipcChannels.deleteProfile, { id: created.id }));
    const preview = await startImport(test, join(exportsDir, 'sealed.json'));

    expect(valueOf(await test.invoke(ipcChannels.cancelImport, { importId: preview.importId }))).toEqual({ importId: preview.importId });
    expect(errorOf(await unlockImport(test, preview.importId, 'correct horse battery staple'), 'not_found').message).toBe('This import is no longer open. Choose the file again.');
    errorOf(await finishImport(test, preview.importId), 'not_found');
    expect(await listProfiles(test)).toEqual([]);
  });

  it('a newer import replaces an older one that was never finished', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const first = await startImport(test, await writeInFolder('a.env', `BUTLR_CLIENT_ID=a\nBUTLR_CLIENT_SECRET=${ENV_SECRET}\n`));
    const second = await startImport(test, await writeInFolder('b.env', `BUTLR_CLIENT_ID=b\nBUTLR_CLIENT_SECRET=${ENV_SECRET}\n`));
    errorOf(await finishImport(test, first.importId), 'not_found');
    valueOf(await finishImport(test, second.importId));
    expect((await listProfiles(test)).map((profile) => profile.name)).toEqual(['b']);
  });
});
