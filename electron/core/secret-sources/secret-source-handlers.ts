// IPC handlers for secret references: where a preset's CLI is on this computer, for the profile form.
import { ok } from '../../../shared/result';
import { cliNameOf } from '../../../shared/secret-sources/secret-presets';
import type { IpcRouter } from '../ipc/ipc-router';
import { findExecutable, usualFolders, type ExecutableLookupDeps } from './executable-lookup';

export function registerSecretSourceHandlers(router: IpcRouter, lookup: ExecutableLookupDeps): void {
  router.handle('findSecretManager', async ({ preset }) => {
    // The four presets the request names each have a CLI of their own (only Custom command has none).
    const executable = findExecutable(cliNameOf(preset), lookup);
    return ok({ executable, lookedIn: executable === null ? ['PATH', ...usualFolders(lookup.env, lookup.platform)] : [] });
  });
}
