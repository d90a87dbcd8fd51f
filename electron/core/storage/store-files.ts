// Every store file the app keeps, checked (and migrated or moved aside) before any of them is opened.
import { activityFileSpec } from '../activity/activity-log';
import { profilesFileSpec } from '../profiles/profiles-file';
import { settingsFileSpec } from '../settings/settings-store';
import { tokensFileSpec } from '../tokens/token-repository';
import type { StorageNotice } from '../../../shared/storage-notice';
import { prepareStoreFile } from './prepare-store-file';
import type { StoreSpec } from './store-spec';

export const STORE_SPECS: readonly StoreSpec[] = [profilesFileSpec, tokensFileSpec, settingsFileSpec, activityFileSpec];

/** Run before opening the stores in `dir`; the notices tell the person what had to be moved aside, and where to. */
export function prepareStoreFiles(dir: string, now: number): StorageNotice[] {
  return STORE_SPECS.flatMap((spec) => prepareStoreFile(dir, spec, now) ?? []);
}
