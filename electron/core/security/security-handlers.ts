// IPC handlers that tell the renderer how secrets are protected.
import { ok } from '../../../shared/result';
import type { IpcRouter } from '../ipc/ipc-router';
import type { SecretCipher } from './secret-cipher';

export function registerSecurityHandlers(router: IpcRouter, cipher: SecretCipher): void {
  router.handle('getEncryptionStatus', async () => ok(await cipher.status()));
}
