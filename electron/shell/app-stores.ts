// The electron-store files and the tokens folder in the user-data folder, readable by the user only.
import { app, ipcMain } from 'electron';
import type { StorageNotice } from '../../shared/storage-notice';
import ElectronStore from 'electron-store';
import { activityFileDefaults } from '../core/activity/activity-log';
import type { AppCoreStores } from '../core/app-core';
import { profilesFileDefaults } from '../core/profiles/profile-repository';
import { settingsFileDefaults } from '../core/settings/settings-store';
import { STORE_FILE_MODE } from '../core/storage/key-value-store';
import { prepareStoreFiles } from '../core/storage/store-files';
import { openTokenFolder } from '../core/tokens/token-folder';

/** electron-store answers this sync channel for renderer-side stores; we have none, so no channel outside our contract stays open. */
const ELECTRON_STORE_RENDERER_CHANNEL = 'electron-store-get-data';

/** Checks the files (migrating or moving aside what it must), then opens them; returns what had to be moved. */
export function openAppStores(): AppCoreStores & { storageNotices: StorageNotice[] } {
  const dataDir = app.getPath('userData');
  const now = Date.now();
  const storageNotices = prepareStoreFiles(dataDir, now);
  const tokens = openTokenFolder(dataDir, now);
  const mode = { configFileMode: STORE_FILE_MODE };
  const stores: AppCoreStores = {
    profilesStore: new ElectronStore({ name: 'profiles', defaults: profilesFileDefaults, ...mode }),
    tokensStore: tokens.folder,
    settingsStore: new ElectronStore({ name: 'settings', defaults: settingsFileDefaults, ...mode }),
    activityStore: new ElectronStore({ name: 'activity', defaults: activityFileDefaults, ...mode }),
  };
  ipcMain.removeAllListeners(ELECTRON_STORE_RENDERER_CHANNEL);
  return { ...stores, storageNotices: [...storageNotices, ...tokens.notices] };
}
