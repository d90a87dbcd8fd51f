// IPC handlers for the settings view.
import { ok } from '../../../shared/result';
import type { EmitCoreEvent } from '../events/core-events';
import type { IpcRouter } from '../ipc/ipc-router';
import type { SettingsStore } from './settings-store';

export function registerSettingsHandlers(router: IpcRouter, settings: SettingsStore, emit: EmitCoreEvent): void {
  router.handle('getSettings', async () => ok(settings.get()));
  router.handle('updateSettings', async (patch) => {
    const updated = settings.update(patch);
    emit('settingsChanged', {});
    return ok(updated);
  });
}
