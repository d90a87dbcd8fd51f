// Every store file the app keeps, checked (and migrated or moved aside) before any of them is opened. Tokens live in a
// folder of their own files instead, opened and checked by tokens/token-folder.ts.
import { activityFileSpec } from '../activity/activity-log';
import { profilesFileSpec } from '../profiles/profiles-file';
import { settingsFileSpec } from '../settings/settings-store';
import type { StorageNotice } from '../../../shared/storage-notice';
import { prepareStoreFile } from './prepare-store-file';
import type { StoreSpec } from './store-spec';

export const STORE_SPECS: readonly StoreSpec[] = [profilesFileSpec, settingsFileSpec, activityFileSpec];

/** Run before opening the stores in `dir`; the notices tell the person what had to be moved aside, and where to. */
export function prepareStoreFiles(dir: string, now: number): StorageNotice[] {
  return STORE_SPECS.flatMap((spec) => prepareStoreFile(dir, spec, now) ?? []);
}
