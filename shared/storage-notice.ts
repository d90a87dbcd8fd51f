// What main tells the renderer when a data file could not be read as it was and had to be moved aside.
import { z } from './zod-mini';

export const storageNoticeSchema = z.object({
  /** The file's name, e.g. `profiles.json`. */
  file: z.string(),
  /** Where the original, unchanged, now is. */
  movedTo: z.string(),
  /** unreadable: not JSON at all; newer_version: written by a newer app; invalid_records: some records failed the schema. */
  reason: z.enum(['unreadable', 'newer_version', 'invalid_records']),
  /** Records kept in the new file, and records that could not be read. */
  kept: z.int().check(z.nonnegative()),
  dropped: z.int().check(z.nonnegative()),
});
export type StorageNotice = z.infer<typeof storageNoticeSchema>;
