// A storage notice in plain words: which file could not be read, where the untouched original is, and what was kept.
import type { StorageNotice } from '../../shared/storage-notice';

/** What one record of each file is, singular and plural; a file not listed here counts "records". */
const RECORD_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  'profiles.json': ['profile', 'profiles'],
  'tokens.json': ['token', 'tokens'],
  'tokens/': ['token', 'tokens'],
  'activity.json': ['profile’s activity history', 'profiles’ activity histories'],
  'settings.json': ['setting', 'settings'],
};

function counted(count: number, file: string): string {
  const [one, many] = RECORD_NOUNS[file] ?? ['record', 'records'];
  return `${count} ${count === 1 ? one : many}`;
}

export function describeStorageNotice(notice: StorageNotice): string {
  const { file, movedTo, kept, dropped } = notice;
  const keptAt = `the original was kept at ${movedTo}.`;
  const outcome = `${counted(kept, file)} ${kept === 1 ? 'was' : 'were'} kept, ${dropped} could not be read.`;
  switch (notice.reason) {
    case 'unreadable':
      return `${file} could not be read, so the app started without it; ${keptAt}`;
    case 'newer_version':
      return `${file} was written by a newer version of Butlr Credentials; ${keptAt} ${outcome}`;
    case 'invalid_records':
      return `${file} could not be read in full; ${keptAt} ${outcome}`;
  }
}
