// Helpers for the profile-vault tests: per-test folders, servers and cores cleaned up after each test, and the IPC steps they repeat.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { ipcChannels } from '../../../../shared/ipc/channels';
import type { NewProfileInput, ProfileView } from '../../../../shared/profile';
import type { StorageNotice } from '../../../../shared/storage-notice';
import type { ImportOutcome, ImportPreview } from '../../../../shared/transfer';
import { startFakeButlrServer, type FakeButlrServer, type FakeButlrServerOptions } from '../../../fixtures/fake-butlr-server';
import { createTempDataDir } from '../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore, type TestCoreOptions } from '../../../fixtures/test-core';
import { valueOf } from './core-test-kit';

/** 2025-05-06T09:30:00Z: every core and fake server in these tests runs on this one fixed clock. */
export const NOW = Date.UTC(2025, 4, 6, 9, 30);
/** How the store checks spell NOW in the names of the files they move aside. */
export const NOW_IN_FILE_NAMES = '2025-05-06T09-30-00Z';

export interface VaultWorld {
  /** A fresh, empty folder, removed after the test. */
  folder(): Promise<string>;
  /** A fake Butlr on the fixed clock, closed after the test. */
  server(options?: FakeButlrServerOptions): Promise<FakeButlrServer>;
  /** The real core on the fixed clock (unless told otherwise), disposed after the test. */
  core(options: TestCoreOptions): TestCore;
}

/** Call once at the top of a test file: everything made through the world is cleaned up after each test. */
export function useVaultWorld(): VaultWorld {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    async folder() {
      const dir = await createTempDataDir();
      cleanups.push(() => dir.remove());
      return dir.path;
    },
    async server(options = {}) {
      const server = await startFakeButlrServer({ now: () => NOW, ...options });
      cleanups.push(() => server.close());
      return server;
    },
    core(options) {
      const test = createTestCore({ now: () => NOW, ...options });
      cleanups.push(() => test.core.dispose());
      return test;
    },
  };
}

export const passwordInput = (baseUrl: string, overrides: Partial<Extract<NewProfileInput, { kind: 'password' }>> = {}): NewProfileInput => ({
  kind: 'password',
  name: 'Admin sign-in',
  baseUrl,
  username: 'admin@example.com',
  password: 'demo-password',
  ...overrides,
});

export const updateProfile = (test: TestCore, id: string, changes: Record<string, unknown>): Promise<unknown> =>
  test.invoke(ipcChannels.updateProfile, { id, changes });

export async function storageNotices(test: TestCore): Promise<StorageNotice[]> {
  return valueOf<StorageNotice[]>(await test.invoke(ipcChannels.getStorageNotices));
}

/** The parsed store file, e.g. `profiles` for profiles.json. */
export async function readStore<T = Record<string, unknown>>(dataDir: string, name: 'profiles' | 'tokens' | 'settings' | 'activity'): Promise<T> {
  return JSON.parse(await readFile(join(dataDir, `${name}.json`), 'utf8')) as T;
}

/** Writes a store file as another run (or a damaged disk) left it, before a core opens the folder. */
export async function writeStore(dataDir: string, name: 'profiles' | 'tokens' | 'settings' | 'activity', content: string | object): Promise<string> {
  const path = join(dataDir, `${name}.json`);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, '\t'), { mode: 0o600 });
  return path;
}

/** Picks `path` in the open dialog and starts an import; fails the test unless a preview comes back. */
export async function startImport(test: TestCore, path: string): Promise<ImportPreview> {
  test.dialogs.nextOpenPath = path;
  const preview = valueOf<ImportPreview | null>(await test.invoke(ipcChannels.startImport));
  if (preview === null) throw new Error('the import was cancelled');
  return preview;
}

export const unlockImport = (test: TestCore, importId: string, passphrase: string): Promise<unknown> =>
  test.invoke(ipcChannels.unlockImport, { importId, passphrase });

export const finishImport = (test: TestCore, importId: string, decisions: Record<string, string> = {}): Promise<unknown> =>
  test.invoke(ipcChannels.finishImport, { importId, decisions });

export async function importFile(test: TestCore, path: string, passphrase?: string): Promise<ImportOutcome> {
  const preview = await startImport(test, path);
  if (passphrase !== undefined) valueOf(await unlockImport(test, preview.importId, passphrase));
  return valueOf<ImportOutcome>(await finishImport(test, preview.importId));
}

/** Picks `path` in the save dialog and exports every profile, with their secrets sealed when a passphrase is given. */
export async function exportProfiles(test: TestCore, path: string, passphrase?: string): Promise<{ savedTo: string | null; count: number }> {
  test.dialogs.nextSavePath = path;
  return valueOf(await test.invoke(ipcChannels.exportProfiles, passphrase === undefined ? {} : { passphrase }));
}

export async function profileNamed(test: TestCore, name: string): Promise<ProfileView> {
  const profiles = valueOf<ProfileView[]>(await test.invoke(ipcChannels.listProfiles));
  const found = profiles.find((profile) => profile.name === name);
  if (!found) throw new Error(`no profile named ${name} among ${profiles.map((profile) => profile.name).join(', ')}`);
  return found;
}
