// The electron-store files in the user-data folder, readable by the user only.
import { app, ipcMain } from 'electron';
import type { StorageNotice } from '../../shared/storage-notice';
import ElectronStore from 'electron-store';
import { activityFileDefaults } from '../core/activity/activity-log';
import type { AppCoreStores } from '../core/app-core';
import { profilesFileDefaults } from '../core/profiles/profile-repository';
import { settingsFileDefaults } from '../core/settings/settings-store';
import { STORE_FILE_MODE } from '../core/storage/key-value-store';
import { prepareStoreFiles } from '../core/storage/store-files';
import { tokensFileDefaults } from '../core/tokens/token-repository';

/** electron-store answers this sync channel for renderer-side stores; we have none, so no channel outside our contract stays open. */
const ELECTRON_STORE_RENDERER_CHANNEL = 'electron-store-get-data';

/** Checks the files (migrating or moving aside what it must), then opens them; returns what had to be moved. */
export function openAppStores(): AppCoreStores & { storageNotices: StorageNotice[] } {
  const storageNotices = prepareStoreFiles(app.getPath('userData'), Date.now());
  const mode = { configFileMode: STORE_FILE_MODE };
  const stores: AppCoreStores = {
    profilesStore: new ElectronStore({ name: 'profiles', defaults: profilesFileDefaults, ...mode }),
    tokensStore: new ElectronStore({ name: 'tokens', defaults: tokensFileDefaults, ...mode }),
    settingsStore: new ElectronStore({ name: 'settings', defaults: settingsFileDefaults, ...mode }),
    activityStore: new ElectronStore({ name: 'activity', defaults: activityFileDefaults, ...mode }),
  };
  ipcMain.removeAllListeners(ELECTRON_STORE_RENDERER_CHANNEL);
  return { ...stores, storageNotices };
}
