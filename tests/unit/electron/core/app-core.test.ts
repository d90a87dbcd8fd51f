import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels, type IpcMethod } from '../../../../shared/ipc/channels';
import { ipcContract } from '../../../../shared/ipc/contract';
import { createTempDataDir, type TempDataDir } from '../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../../fixtures/test-core';
import { errorOf, profileInput, valueOf } from './core-test-kit';

const ID = '0b5e8f5c-3f0a-4d36-9d7e-3c1f8a0f2b11';
/** A payload each method accepts, so only the sender decides the answer. */
const validPayloads: { [M in IpcMethod]: unknown } = {
  listProfiles: undefined,
  listFirstProfiles: { count: 10 },
  createProfile: profileInput('https://api.butlr.io'),
  createReferenceProfile: { ...profileInput('https://api.butlr.io'), clientSecret: undefined, secretReference: { preset: '1password', executable: '/usr/local/bin/op', reference: 'op://a/b/c' } },
  updateProfile: { id: ID, changes: { notes: 'moved to EU' } },
  duplicateProfile: { id: ID },
  deleteProfile: { id: ID },
  restoreProfile: { id: ID },
  reorderProfiles: { ids: [ID] },
  fetchToken: { id: ID },
  copyToken: { id: ID },
  testProfile: profileInput('https://api.butlr.io'),
  findSecretManager: { preset: '1password' },
  testReferenceProfile: { ...profileInput('https://api.butlr.io'), clientSecret: undefined, secretReference: { preset: '1password', executable: '/usr/local/bin/op', reference: 'op://a/b/c' } },
  setAutoRefresh: { id: ID, enabled: true },
  getTokenDetails: { id: ID },
  revealToken: { id: ID },
  clearClipboard: undefined,
  getActivity: { id: ID },
  exportActivity: { id: ID },
  startImport: undefined,
  unlockImport: { importId: ID, passphrase: 'correct horse battery staple' },
  finishImport: { importId: ID, decisions: {} },
  cancelImport: { importId: ID },
  importDroppedFile: { path: '/nowhere/dropped.env' },
  exportProfiles: {},
  getSettings: undefined,
  updateSettings: { copyMarginSeconds: 30 },
  getEncryptionStatus: undefined,
  getStorageNotices: undefined,
  getShortcutStatus: undefined,
  hideQuickSwitcher: undefined,
  getScriptAccess: undefined,
  setScriptsWithoutAsking: { id: ID, enabled: true },
  revokeScriptGrant: { grantId: ID },
};

let dataDir: TempDataDir;
let test: TestCore;

beforeEach(async () => {
  dataDir = await createTempDataDir();
  test = createTestCore({ dataDir: dataDir.path });
});

afterEach(() => dataDir.remove());

describe('createAppCore', () => {
  it('serves every method of the contract, each once', () => {
    expect([...test.channels].sort()).toEqual(Object.values(ipcChannels).sort());
    expect([...test.core.router.registeredMethods()].sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it.each(Object.keys(ipcChannels) as IpcMethod[])('refuses %s from a window that is not ours, changing nothing', async (method) => {
    errorOf(await test.invoke(ipcChannels[method], validPayloads[method], { id: 99, kind: 'other-window' }), 'unknown_sender');
    expect(valueOf(await test.invoke(ipcChannels.listProfiles))).toEqual([]);
    expect(test.events).toEqual([]);
    expect(test.clipboard).toEqual([]);
  });

  it('reports how secrets are protected', async () => {
    expect(valueOf(await test.invoke(ipcChannels.getEncryptionStatus))).toEqual({ available: true, backend: 'gnome_libsecret', weak: false });
    test.safeStorage.backend = 'basic_text';
    test.safeStorage.available = false;
    expect(valueOf(await test.invoke(ipcChannels.getEncryptionStatus))).toEqual({ available: false, backend: 'basic_text', weak: true });
  });
});
