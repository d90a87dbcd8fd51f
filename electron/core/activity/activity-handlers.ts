// IPC handlers for the activity history: list it, export it as CSV.
import { chmod, writeFile } from 'node:fs/promises';
import { appError } from '../../../shared/app-error';
import { fail, ok } from '../../../shared/result';
import type { DialogPort } from '../dialog-port';
import type { IpcRouter } from '../ipc/ipc-router';
import { profileNotFound } from '../profiles/profile-errors';
import type { ProfileRepository } from '../profiles/profile-repository';
import { activityToCsv } from './activity-csv';
import type { ActivityLog } from './activity-log';

/** A file name from a profile name: letters, digits and dashes only. */
function fileSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'profile';
}

export function registerActivityHandlers(router: IpcRouter, activity: ActivityLog, profiles: ProfileRepository, dialogs: DialogPort): void {
  router.handle('getActivity', async ({ id }) => ok([...activity.list(id)]));
  router.handle('exportActivity', async ({ id }) => {
    const profile = profiles.get(id);
    if (!profile) return fail(profileNotFound());
    const path = await dialogs.chooseSavePath(`butlr-activity-${fileSlug(profile.name)}.csv`, 'csv');
    if (path === null) return ok({ savedTo: null });
    try {
      await writeFile(path, activityToCsv(activity.list(id)), { mode: 0o600 });
      // `mode` applies only to a new file; an existing one keeps its mode unless told.
      await chmod(path, 0o600);
    } catch {
      return fail(appError('storage', `Could not write ${path}. Choose a folder you can write to and try again.`));
    }
    return ok({ savedTo: path });
  });
}
