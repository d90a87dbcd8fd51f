// Runs before a store file is opened: migrates an older file, and moves an unreadable one aside keeping every record it can.
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StorageNotice } from '../../../shared/storage-notice';
import { writeFileAtomically } from './atomic-file';
import type { StoreSpec } from './store-spec';

/** `2026-11-30T15-04-05Z`: sortable, and legal in file names on every OS. */
export function fileTimestamp(now: number): string {
  return new Date(now).toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');
}

/**
 * A free path beside the store for what is moved aside: `<dir>/<name>.<reason>-<timestamp><extension>`. Two damaged starts
 * in the same second must not overwrite the first copy, so a taken name gets a number.
 */
export function movedAsidePath(dir: string, name: string, reason: StorageNotice['reason'], now: number, extension = '.json'): string {
  const stem = join(dir, `${name}.${reason.replaceAll('_', '-')}-${fileTimestamp(now)}`);
  let path = `${stem}${extension}`;
  for (let n = 2; existsSync(path); n += 1) path = `${stem}-${n}${extension}`;
  return path;
}

/** Where the pre-migration file is kept: a migration bug must never be the thing that loses someone's data. */
export const backupPath = (dir: string, name: string, version: number, now: number): string => join(dir, `${name}.v${version}-backup-${fileTimestamp(now)}.json`);

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

/** A store file as read: not usable at all, or brought up to its spec's version with every record that passed. */
export type StoreFileContents =
  | { readonly readable: false }
  | {
      readonly readable: true;
      /** The version the file was written at. */
      readonly version: number;
      /** The file at `spec.version`, holding only the records that passed their schema. */
      readonly rebuilt: Record<string, unknown>;
      readonly kept: number;
      readonly dropped: number;
      /** Why the original cannot stay as it is, if it cannot. */
      readonly damage: StorageNotice['reason'] | null;
    };

/** Reads `path` (which exists) as a `spec` file: not JSON, or a migration that fails, makes it unreadable. */
export function readStoreFile(path: string, spec: StoreSpec): StoreFileContents {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    data = undefined;
  }
  if (!isPlainObject(data)) return { readable: false };
  const version = typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : 1;
  let migrated: Record<string, unknown>;
  try {
    migrated = version < spec.version ? migrate(spec, data, version) : data;
  } catch {
    return { readable: false };
  }
  const { kept, keptCount, dropped } = salvageRecords(spec, migrated[spec.records.key]);
  const damage = version > spec.version ? 'newer_version' : dropped > 0 ? 'invalid_records' : null;
  return { readable: true, version, rebuilt: { ...migrated, version: spec.version, [spec.records.key]: kept }, kept: keptCount, dropped, damage };
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
    const movedTo = movedAsidePath(dir, spec.name, reason, now);
    renameSync(path, movedTo);
    return movedTo;
  };

  const contents = readStoreFile(path, spec);
  if (!contents.readable) return { file, movedTo: moveAside('unreadable'), reason: 'unreadable', kept: 0, dropped: 0 };
  const { version, rebuilt, kept, dropped, damage } = contents;
  if (damage) {
    const movedTo = moveAside(damage);
    writeFileAtomically(path, JSON.stringify(rebuilt, null, '\t'));
    return { file, movedTo, reason: damage, kept, dropped };
  }
  if (version < spec.version) {
    copyFileSync(path, backupPath(dir, spec.name, version, now));
    writeFileAtomically(path, JSON.stringify(rebuilt, null, '\t'));
  }
  return null;
}
