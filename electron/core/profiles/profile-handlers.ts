// IPC handlers for the profile feature.
import { ok } from '../../../shared/result';
import type { IpcRouter } from '../ipc/ipc-router';
import type { ProfileService } from './profile-service';

export function registerProfileHandlers(router: IpcRouter, profiles: ProfileService): void {
  router.handle('listProfiles', async () => ok(await profiles.list()));
  router.handle('createProfile', (input) => profiles.create(input));
  router.handle('updateProfile', ({ id, changes }) => profiles.update(id, changes));
  router.handle('duplicateProfile', ({ id }) => profiles.duplicate(id));
  router.handle('deleteProfile', async ({ id }) => profiles.remove(id));
  router.handle('restoreProfile', ({ id }) => profiles.restore(id));
  router.handle('reorderProfiles', async ({ ids }) => profiles.reorder(ids));
}
