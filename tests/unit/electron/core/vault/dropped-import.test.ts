// A file dropped on the window reaches main as a path the preload found for it: main takes only an absolute path to a
// .env or .json file, then the same checks as a file chosen in the open dialog (a regular file, at most 8 MB); and a file
// with problems lists each, with the file named in the message.
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { ImportPreview } from '../../../../../shared/transfer';
import type { TestCore } from '../../../../fixtures/test-core';
import { errorOf, listProfiles, valueOf } from '../core-test-kit';
import { finishImport, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();
const ENV_SECRET = 'dropped-secret-1f3a9c';
const GOOD_ENV = `BUTLR_CLIENT_ID=dropped-client\nBUTLR_CLIENT_SECRET=${ENV_SECRET}\n`;

async function inFolder(name: string, text: string): Promise<string> {
  const path = join(await world.folder(), name);
  await writeFile(path, text);
  return path;
}

const drop = (test: TestCore, path: string): Promise<unknown> => test.invoke(ipcChannels.importDroppedFile, { path });

describe('a dropped .env file or export', () => {
  it('opens an import as one chosen in the dialog does, without showing the dialog', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const preview = valueOf<ImportPreview>(await drop(test, await inFolder('staging.env', GOOD_ENV)));
    expect(preview).toMatchObject({ fileName: 'staging.env', source: 'env', secrets: 'included', profiles: [{ name: 'staging', principal: 'dropped-client' }] });
    expect(valueOf(await finishImport(test, preview.importId))).toMatchObject({ added: 1 });
    expect((await listProfiles(test)).map((profile) => profile.name)).toEqual(['staging']);
  });

  it.each(['.env', '.env.production', 'acme.ENV', 'vault.json'])('takes a file named %s', async (name) => {
    const test = world.core({ dataDir: await world.folder() });
    const text = name.endsWith('.json') ? JSON.stringify({ format: 'butlr-credentials-export', version: 2, exportedAt: '2025-05-06T09:30:00.000Z', profiles: [] }) : GOOD_ENV;
    expect(valueOf<ImportPreview>(await drop(test, await inFolder(name, text))).fileName).toBe(name);
  });
});

describe('a dropped path main refuses before opening it', () => {
  const NOT_FROM_DISK = 'Only a file from this computer can be imported: drop a .env file or an export (.json) from a folder.';

  it.each([
    ['no path (not a file on disk)', ''],
    ['a relative path', 'staging.env'],
    ['a path with a NUL', '/tmp/a\0.env'],
  ])('%s', async (_what, path) => {
    const test = world.core({ dataDir: await world.folder() });
    expect(errorOf(await drop(test, path), 'invalid_request').message).toBe(NOT_FROM_DISK);
  });

  it.each(['id_rsa', 'notes.txt', 'photo.png', 'env', 'staging.env.bak'])('a file named %s, said in words', async (name) => {
    const test = world.core({ dataDir: await world.folder() });
    const error = errorOf(await drop(test, await inFolder(name, GOOD_ENV)), 'invalid_request');
    expect(error.message).toBe(`${name} is not a .env file or an export (.json), so it was not imported. Drop a .env file or a Butlr Credentials export, or use Import… to choose any file.`);
    expect(await listProfiles(test)).toEqual([]);
  });

  it('a folder named like an export, a file over 8 MB, and a link to a device: the open dialog’s checks', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const folder = join(await world.folder(), 'backups.json');
    await mkdir(folder);
    expect(errorOf(await drop(test, folder), 'not_a_file').message).toBe('backups.json is a folder. Choose the export (.json) or .env file inside it.');
    const huge = await inFolder('huge.env', '');
    await truncate(huge, 9 * 1024 * 1024);
    errorOf(await drop(test, huge), 'file_too_large');
    if (process.platform !== 'win32') {
      const link = join(await world.folder(), 'device.env');
      await symlink('/dev/zero', link);
      errorOf(await drop(test, link), 'not_a_file');
    }
  });

  it('a path in a shape the contract refuses', async () => {
    const test = world.core({ dataDir: await world.folder() });
    errorOf(await test.invoke(ipcChannels.importDroppedFile, { path: `/${'a'.repeat(5000)}.env` }), 'invalid_request');
    errorOf(await test.invoke(ipcChannels.importDroppedFile, { path: '/x.env', file: 'extra' }), 'invalid_request');
  });
});

describe('a file with problems', () => {
  it('lists each with its line and a suggestion, names the file in the message, and opens no import', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const path = await inFolder('acme.env', `# Acme\nBUTLR_CLIENT_ID=\nBUTLR_SECRET=${ENV_SECRET}\nthis line is wrong\n`);
    const error = errorOf(await drop(test, path), 'invalid_request');
    expect(error.message).toBe('Nothing was imported from acme.env. Fix this in the file, then import it again:');
    expect(error.problems).toEqual([{ line: 4, message: 'this is not KEY=value' }]);

    await writeFile(path, `# Acme\nBUTLR_CLIENT_ID=\nBUTLR_SECRET=${ENV_SECRET}\n`);
    const next = errorOf(await drop(test, path), 'invalid_request');
    expect(next.message).toBe('Nothing was imported from acme.env. Fix these in the file, then import it again:');
    expect(next.problems).toEqual([
      { line: 2, message: 'BUTLR_CLIENT_ID is empty' },
      { line: 3, message: 'unknown key BUTLR_SECRET — did you mean BUTLR_CLIENT_SECRET?' },
    ]);
    expect(JSON.stringify(next)).not.toContain(ENV_SECRET);
    expect(await listProfiles(test)).toEqual([]);
  });

  it('an export says what zod refused, a field a line, in the message (JSON has no line numbers to give)', async () => {
    const test = world.core({ dataDir: await world.folder() });
    const profile = { kind: 'client_credentials', name: 'A', baseUrl: 'http://api.butlr.io', audience: 'https://butlrauth/', notes: '', tags: [], color: null };
    const path = await inFolder('vault.json', JSON.stringify({ format: 'butlr-credentials-export', version: 2, exportedAt: '2025-05-06T09:30:00.000Z', profiles: [profile] }));
    const error = errorOf(await drop(test, path), 'invalid_request');
    expect(error.message.split('\n')).toEqual([expect.stringMatching(/^profiles\[0\]\.baseUrl: /), 'profiles[0].clientId: is missing.']);
    expect(error.problems).toBeUndefined();
  });
});
