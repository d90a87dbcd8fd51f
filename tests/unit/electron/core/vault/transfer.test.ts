// Export and import round trips over IPC, with main's file dialogs: without secrets, and with them sealed under a passphrase for another machine.
import { chmod, link, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { ProfileView } from '../../../../../shared/profile';
import type { ImportPreview } from '../../../../../shared/transfer';
import type { FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import type { TestCore } from '../../../../fixtures/test-core';
import { copyToken, createProfile, errorOf, fetchToken, listProfiles, profileInput, valueOf } from '../core-test-kit';
import { findTraces } from '../secret-traces';
import { exportProfiles, finishImport, passwordInput, startImport, unlockImport, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

const CLIENT_SECRET = 'transfer-client-secret-9d2f7a';
const PASSWORD = 'transfer password 5b8c1e';
const PASSPHRASE = 'correct horse battery staple';
const WRONG_PASSPHRASE_MESSAGE = /^Wrong passphrase, or the file was changed after export\./;

/** A vault on "this machine" with one profile of each kind, organised, each holding a token. */
async function sourceVault(): Promise<{ butlr: FakeButlrServer; test: TestCore; exportsDir: string }> {
  const butlr = await world.server({ clients: { 'demo-client': CLIENT_SECRET }, users: { 'admin@example.com': PASSWORD } });
  const test = world.core({ dataDir: await world.folder() });
  const client = await createProfile(test, { ...profileInput(butlr.url, { clientSecret: CLIENT_SECRET }), notes: 'Main tenant', tags: ['prod', 'eu'], color: 'red' });
  const person = await createProfile(test, { ...passwordInput(butlr.url, { password: PASSWORD }), color: 'blue' });
  for (const { id } of [client, person]) valueOf(await fetchToken(test, id));
  return { butlr, test, exportsDir: await world.folder() };
}

/** What an export carries of a profile: everything but its id, secret state, token and times. */
const portable = (profiles: readonly ProfileView[]) =>
  profiles.map((profile) => {
    const { id: _id, secret: _secret, token: _token, createdAt: _createdAt, nextRefreshAt: _next, autoRefresh: _auto, ...rest } = profile;
    const { lastUsedAt: _lastUsedAt, pinned: _pinned, ...metadata } = rest as typeof rest & { lastUsedAt?: unknown; pinned?: unknown };
    return metadata;
  });

/** Another machine: its own data folder and its own keyring. */
async function anotherMachine(): Promise<TestCore> {
  return world.core({ dataDir: await world.folder() });
}

describe('export without a passphrase', () => {
  it('writes a file for the user only, named by date, with every profile and no secret or token', async () => {
    const { test, butlr, exportsDir } = await sourceVault();
    const file = join(exportsDir, 'vault.json');
    expect(await exportProfiles(test, file)).toEqual({ savedTo: file, count: 2 });
    expect(test.dialogs.savePrompts).toEqual(['butlr-credentials-2025-05-06.json']);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const document = JSON.parse(await readFile(file, 'utf8')) as { profiles: unknown[]; secrets?: unknown };
    expect(document.profiles).toHaveLength(2);
    expect(document).not.toHaveProperty('secrets');
    const tokens = Object.fromEntries(butlr.issuedTokens.map((token, index) => [`token ${index}`, token]));
    expect(await findTraces([file], { CLIENT_SECRET, PASSWORD, ...tokens })).toEqual([]);
  });

  it('imports back elsewhere with the same metadata and every secret missing, so a sign-in asks for it', async () => {
    const { test, exportsDir } = await sourceVault();
    const file = join(exportsDir, 'vault.json');
    await exportProfiles(test, file);

    const elsewhere = await anotherMachine();
    const preview = await startImport(elsewhere, file);
    expect(preview).toMatchObject({ fileName: 'vault.json', source: 'export', secrets: 'none' });
    expect(preview.profiles.map(({ name, kind, hasSecret, clashesWith }) => ({ name, kind, hasSecret, clashesWith }))).toEqual([
      { name: 'Production', kind: 'client_credentials', hasSecret: false, clashesWith: null },
      { name: 'Admin sign-in', kind: 'password', hasSecret: false, clashesWith: null },
    ]);
    expect(valueOf(await finishImport(elsewhere, preview.importId))).toEqual({ added: 2, replaced: 0, skipped: 0, withoutSecret: 2, toConfirm: 0 });

    const imported = await listProfiles(elsewhere);
    expect(portable(imported)).toEqual(portable(await listProfiles(test)));
    expect(imported.map((profile) => profile.secret)).toEqual(['missing', 'missing']);
    expect(errorOf(await fetchToken(elsewhere, imported[0]!.id), 'secret_missing').message).toMatch(/enter it again/);
  });

  it('leaves out a profile whose deletion can still be undone', async () => {
    const { test, exportsDir } = await sourceVault();
    const [first] = await listProfiles(test);
    valueOf(await test.invoke(ipcChannels.deleteProfile, { id: first!.id }));
    expect((await exportProfiles(test, join(exportsDir, 'vault.json'))).count).toBe(1);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { test, exportsDir } = await sourceVault();
    test.dialogs.nextSavePath = null;
    expect(valueOf(await test.invoke(ipcChannels.exportProfiles, {}))).toEqual({ savedTo: null, count: 0 });
    expect(existsSync(join(exportsDir, 'vault.json'))).toBe(false);
  });
});

describe('export with a passphrase', () => {
  it('re-imports on another machine with every secret set, and the tokens fetch', async () => {
    const { test, butlr, exportsDir } = await sourceVault();
    const file = join(exportsDir, 'sealed.json');
    expect(await exportProfiles(test, file, PASSPHRASE)).toEqual({ savedTo: file, count: 2 });
    expect(await findTraces([file], { CLIENT_SECRET, PASSWORD, PASSPHRASE })).toEqual([]);

    const elsewhere = await anotherMachine();
    const locked = await startImport(elsewhere, file);
    expect(locked.secrets).toBe('locked');
    expect(locked.profiles.map((profile) => profile.hasSecret)).toEqual([false, false]);
    const unlocked = valueOf<ImportPreview>(await unlockImport(elsewhere, locked.importId, PASSPHRASE));
    expect(unlocked).toMatchObject({ importId: locked.importId, secrets: 'included' });
    expect(unlocked.profiles.map((profile) => profile.hasSecret)).toEqual([true, true]);
    expect(valueOf(await finishImport(elsewhere, locked.importId))).toEqual({ added: 2, replaced: 0, skipped: 0, withoutSecret: 0, toConfirm: 0 });

    const imported = await listProfiles(elsewhere);
    expect(portable(imported)).toEqual(portable(await listProfiles(test)));
    expect(imported.map((profile) => profile.secret)).toEqual(['set', 'set']);
    const sent = butlr.requests.length;
    for (const { id } of imported) valueOf(await copyToken(elsewhere, id));
    expect(butlr.requests.slice(sent).map((request) => request.body)).toEqual([
      { client_id: 'demo-client', client_secret: CLIENT_SECRET, audience: 'https://butlrauth/', grant_type: 'client_credentials' },
      { username: 'admin@example.com', password: PASSWORD },
    ]);
    expect(elsewhere.clipboard).toEqual(butlr.issuedTokens.slice(-2));
  });

  it('refuses a wrong passphrase with a clear message on the passphrase field, and still opens with the right one', async () => {
    const { test, exportsDir } = await sourceVault();
    const file = join(exportsDir, 'sealed.json');
    await exportProfiles(test, file, PASSPHRASE);
    const elsewhere = await anotherMachine();
    const { importId } = await startImport(elsewhere, file);

    const error = errorOf(await unlockImport(elsewhere, importId, 'correct horse battery stapler'), 'invalid_request');
    expect(error.field).toBe('passphrase');
    expect(error.message).toMatch(WRONG_PASSPHRASE_MESSAGE);
    expect(error.message).not.toContain(PASSPHRASE);
    expect(await listProfiles(elsewhere)).toEqual([]);

    valueOf(await unlockImport(elsewhere, importId, PASSPHRASE));
    expect(valueOf(await finishImport(elsewhere, importId))).toMatchObject({ added: 2, withoutSecret: 0, toConfirm: 0 });
  });

  it('refuses to open a file changed after export (base URL, audience, username, sealed secrets), importing nothing', async () => {
    const { test, exportsDir } = await sourceVault();
    const file = join(exportsDir, 'sealed.json');
    await exportProfiles(test, file, PASSPHRASE);
    const original = JSON.parse(await readFile(file, 'utf8')) as { profiles: Record<string, unknown>[]; secrets: Record<string, string> };
    const flip = (base64: string): string => {
      const bytes = Buffer.from(base64, 'base64');
      bytes[0] = bytes[0]! ^ 0x01;
      return bytes.toString('base64');
    };
    const tampers: Record<string, (document: typeof original) => void> = {
      'base URL sent elsewhere': (document) => {
        document.profiles[0]!.baseUrl = 'https://evil.example.com';
      },
      audience: (document) => {
        document.profiles[0]!.audience = 'https://butlrauth/other';
      },
      username: (document) => {
        document.profiles[1]!.username = 'attacker@example.com';
      },
      'sealed secrets': (document) => {
        document.secrets.ciphertext = flip(document.secrets.ciphertext!);
      },
    };
    const elsewhere = await anotherMachine();
    for (const [what, tamper] of Object.entries(tampers)) {
      const document = structuredClone(original);
      tamper(document);
      const tampered = join(exportsDir, 'tampered.json');
      await writeFile(tampered, JSON.stringify(document, null, 2));
      const preview = await startImport(elsewhere, tampered);
      const error = errorOf(await unlockImport(elsewhere, preview.importId, PASSPHRASE), 'invalid_request');
      expect(error.field, what).toBe('passphrase');
      expect(error.message, what).toMatch(WRONG_PASSPHRASE_MESSAGE);
    }
    expect(await listProfiles(elsewhere)).toEqual([]);
  });

  // Writing into the chosen file would keep its mode and reach its other hard links; a new 0600 file is renamed over it.
  it.skipIf(process.platform === 'win32')('over an existing file readable by others: replaces it with one for the user only', async () => {
    const { test, exportsDir } = await sourceVault();
    const file = join(exportsDir, 'vault.json');
    await writeFile(file, 'an older export');
    await chmod(file, 0o644);
    await link(file, join(exportsDir, 'shared-copy.json'));

    expect(await exportProfiles(test, file, PASSPHRASE)).toEqual({ savedTo: file, count: 2 });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'butlr-credentials-export', secrets: expect.any(Object) });
    expect(await readFile(join(exportsDir, 'shared-copy.json'), 'utf8')).toBe('an older export');
    expect((await readdir(exportsDir)).sort()).toEqual(['shared-copy.json', 'vault.json']);
  });

  it('refuses a passphrase shorter than 12 characters, writing nothing', async () => {
    const { test, exportsDir } = await sourceVault();
    const file = join(exportsDir, 'sealed.json');
    test.dialogs.nextSavePath = file;
    const error = errorOf(await test.invoke(ipcChannels.exportProfiles, { passphrase: 'short' }), 'invalid_request');
    expect(error.field).toBe('passphrase');
    expect(error.message).toMatch(/at least 12 characters/);
    expect(existsSync(file)).toBe(false);
  });
});
