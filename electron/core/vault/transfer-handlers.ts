// IPC handlers for import and export.
import { ok } from '../../../shared/result';
import type { IpcRouter } from '../ipc/ipc-router';
import type { TransferService } from './transfer-service';

export function registerTransferHandlers(router: IpcRouter, transfer: TransferService): void {
  router.handle('startImport', () => transfer.startImport());
  router.handle('importDroppedFile', ({ path }) => transfer.importDroppedFile(path));
  router.handle('unlockImport', ({ importId, passphrase }) => transfer.unlockImport(importId, passphrase));
  router.handle('finishImport', ({ importId, decisions }) => transfer.finishImport(importId, decisions));
  router.handle('cancelImport', async ({ importId }) => {
    transfer.cancelImport(importId);
    return ok({ importId });
  });
  router.handle('exportProfiles', ({ passphrase }) => transfer.exportProfiles(passphrase));
}
