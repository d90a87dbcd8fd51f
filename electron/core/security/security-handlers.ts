// IPC handlers that tell the renderer how its data is kept: the encryption in use, and files moved aside at start-up.
import { ok } from '../../../shared/result';
import type { StorageNotice } from '../../../shared/storage-notice';
import type { IpcRouter } from '../ipc/ipc-router';
import type { SecretCipher } from './secret-cipher';

export function registerSecurityHandlers(router: IpcRouter, cipher: SecretCipher, storageNotices: readonly StorageNotice[]): void {
  router.handle('getEncryptionStatus', async () => ok(await cipher.status()));
  router.handle('getStorageNotices', async () => ok([...storageNotices]));
}
