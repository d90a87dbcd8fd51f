// IPC handlers for scripts' access: what the board, the details panel and Settings show, and the two changes a person makes.
import { ok } from '../../../shared/result';
import type { IpcRouter } from '../ipc/ipc-router';
import type { ScriptAccessService } from './script-access';

export function registerScriptAccessHandlers(router: IpcRouter, scripts: ScriptAccessService): void {
  router.handle('getScriptAccess', async () => ok(scripts.view()));
  router.handle('setScriptsWithoutAsking', async ({ id, enabled }) => scripts.setWithoutAsking(id, enabled));
  router.handle('revokeScriptGrant', async ({ grantId }) => ok(scripts.revoke(grantId)));
}
