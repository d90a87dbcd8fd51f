// IPC handlers for the profile feature.
import { ok } from '../../../shared/result';
import type { IpcRouter } from '../ipc/ipc-router';
import type { ProfileService } from './profile-service';

export function registerProfileHandlers(router: IpcRouter, profiles: ProfileService): void {
  router.handle('listProfiles', async () => ok(await profiles.list()));
  router.handle('listFirstProfiles', async ({ count }) => ok(await profiles.listFirst(count)));
  router.handle('createProfile', ({ testedToken, ...input }) => profiles.create(input, testedToken));
  router.handle('createReferenceProfile', ({ testedToken, allowedCommand, ...input }) => profiles.create(input, testedToken, allowedCommand));
  router.handle('updateProfile', ({ id, changes, testedToken, allowedCommand }) => profiles.update(id, changes, testedToken, allowedCommand));
  router.handle('duplicateProfile', ({ id }) => profiles.duplicate(id));
  router.handle('deleteProfile', async ({ id }) => profiles.remove(id));
  router.handle('restoreProfile', ({ id }) => profiles.restore(id));
  router.handle('reorderProfiles', async ({ ids }) => profiles.reorder(ids));
}
