// Runs before a store file is opened: migrates an older file, and moves an unreadable one aside keeping every record it can.
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StorageNotice } from '../../../shared/storage-notice';
import { writeFileAtomically } from './atomic-file';
import type { StoreSpec } from './store-spec';

/** `2026-11-30T15-04-05Z`: sortable, and legal in file names on every OS. */
function fileTimestamp(now: number): string {
  return new Date(now).toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps each record that passes its schema; a collection of the wrong shape counts as one unreadable record. */
function salvageRecords(spec: StoreSpec, collection: unknown): { kept: unknown; keptCount: number; dropped: number } {
  const { layout, schema } = spec.records;
  const empty = layout === 'array' ? [] : {};
  if (collection === undefined) return { kept: empty, keptCount: 0, dropped: 0 };
  const entries: [string, unknown][] | null =
    layout === 'array'
      ? Array.isArray(collection)
        ? collection.map((item, index): [string, unknown] => [String(index), item])
        : null
      : isPlainObject(collection)
        ? Object.entries(collection)
        : null;
  if (entries === null) return { kept: empty, keptCount: 0, dropped: 1 };
  const good = entries.flatMap(([key, item]): [string, unknown][] => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [[key, parsed.data]] : [];
  });
  const kept = layout === 'array' ? good.map(([, value]) => value) : Object.fromEntries(good);
  return { kept, keptCount: good.length, dropped: entries.length - good.length };
}

function migrate(spec: StoreSpec, file: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = file;
  for (let version = fromVersion; version < spec.version; version += 1) {
    const step = spec.migrations[version];
    if (!step) throw new Error(`No migration from version ${version} of ${spec.name}`);
    current = { ...step(current), version: version + 1 };
  }
  return current;
}

/**
 * Makes `<dir>/<spec.name>.json` safe to open. Returns a notice when something had to be moved aside; the moved copy
 * is the original file, byte for byte, and the new file keeps every record that still passed its schema.
 */
export function prepareStoreFile(dir: string, spec: StoreSpec, now: number): StorageNotice | null {
  const path = join(dir, `${spec.name}.json`);
  if (!existsSync(path)) return null;
  const file = `${spec.name}.json`;
  const moveAside = (reason: StorageNotice['reason']): string => {
    const stem = join(dir, `${spec.name}.${reason.replaceAll('_', '-')}-${fileTimestamp(now)}`);
    // Two damaged starts in the same second must not overwrite the first copy.
    let movedTo = `${stem}.json`;
    for (let n = 2; existsSync(movedTo); n += 1) movedTo = `${stem}-${n}.json`;
    renameSync(path, movedTo);
    return movedTo;
  };

  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    data = undefined;
  }
  if (!isPlainObject(data)) {
    return { file, movedTo: moveAside('unreadable'), reason: 'unreadable', kept: 0, dropped: 0 };
  }

  const stored = data;
  const version = typeof stored.version === 'number' && Number.isInteger(stored.version) ? stored.version : 1;
  let migrated: Record<string, unknown>;
  try {
    migrated = version < spec.version ? migrate(spec, stored, version) : stored;
  } catch {
    return { file, movedTo: moveAside('unreadable'), reason: 'unreadable', kept: 0, dropped: 0 };
  }

  const { kept, keptCount, dropped } = salvageRecords(spec, migrated[spec.records.key]);
  const rebuilt = { ...migrated, version: spec.version, [spec.records.key]: kept };
  const reason: StorageNotice['reason'] | null = version > spec.version ? 'newer_version' : dropped > 0 ? 'invalid_records' : null;
  if (reason) {
    const movedTo = moveAside(reason);
    writeFileAtomically(path, JSON.stringify(rebuilt, null, '\t'));
    return { file, movedTo, reason, kept: keptCount, dropped };
  }
  if (version < spec.version) {
    // Keep the pre-migration file too: a migration bug must never be the thing that loses someone's profiles.
    copyFileSync(path, join(dir, `${spec.name}.v${version}-backup-${fileTimestamp(now)}.json`));
    writeFileAtomically(path, JSON.stringify(rebuilt, null, '\t'));
  }
  return null;
}
