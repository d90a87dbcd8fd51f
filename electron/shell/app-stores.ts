// The two electron-store files in the user-data folder, readable by the user only.
import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import { profilesFileDefaults, type ProfilesFile } from '../core/profiles/profile-repository';
import { STORE_FILE_MODE } from '../core/storage/key-value-store';
import { tokensFileDefaults, type TokensFile } from '../core/tokens/token-repository';

/** electron-store answers this sync channel for renderer-side stores; we have none, so no channel outside our contract stays open. */
const ELECTRON_STORE_RENDERER_CHANNEL = 'electron-store-get-data';

export function openAppStores(): { profilesStore: ElectronStore<ProfilesFile>; tokensStore: ElectronStore<TokensFile> } {
  const stores = {
    profilesStore: new ElectronStore<ProfilesFile>({ name: 'profiles', defaults: profilesFileDefaults, configFileMode: STORE_FILE_MODE }),
    tokensStore: new ElectronStore<TokensFile>({ name: 'tokens', defaults: tokensFileDefaults, configFileMode: STORE_FILE_MODE }),
  };
  ipcMain.removeAllListeners(ELECTRON_STORE_RENDERER_CHANNEL);
  return stores;
}
