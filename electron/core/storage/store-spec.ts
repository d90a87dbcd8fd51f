// What each store file holds: its schema version, the migrations that bring an older file up to it, and its records.
import type { z } from 'zod';

export type StoreRecordLayout = 'array' | 'map';

export interface StoreSpec {
  /** The file's base name: `profiles` is `profiles.json`. */
  readonly name: string;
  readonly version: number;
  /** `migrations[n]` turns a version-n file into a version-(n+1) one. Each is tested against a checked-in fixture. */
  readonly migrations: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>>;
  /** The top-level key with the records, and each record's schema: records are salvaged one by one. */
  readonly records: { readonly key: string; readonly layout: StoreRecordLayout; readonly schema: z.ZodType };
}
