// Which known variable a .env file probably meant by a key it does not know: BUTLR_SECRET → BUTLR_CLIENT_SECRET.
import { editDistance } from '../../../shared/edit-distance';
import type { EnvEntry } from '../../../shared/env-file';

export interface NearMiss {
  /** The line with the key that is not known. */
  readonly entry: EnvEntry;
  /** The known key it probably stands for. */
  readonly meant: string;
  readonly message: string;
}

/** Typos: at most this many letters changed, added, removed or swapped over the whole key. */
const MAX_TYPO_EDITS = 2;
/** A key of Butlr's own: other tools' variables (BASE_URL, CLIENT_ID) are never taken for ours. */
const BUTLR_PREFIX = /^BUTLE?R$/;

/** The same distance over the words between underscores: BUTLR_SECRET is one word away from BUTLR_CLIENT_SECRET. */
function wordDistance(a: string, b: string): number {
  // Each word becomes one character of a private alphabet, so the character distance does the work.
  const letters = new Map<string, string>();
  const encode = (key: string): string =>
    key
      .split('_')
      .filter((word) => word !== '')
      .map((word) => {
        if (!letters.has(word)) letters.set(word, String.fromCharCode(0xe000 + letters.size));
        return letters.get(word)!;
      })
      .join('');
  return editDistance(encode(a), encode(b));
}

/** How far `key` is from `known`, or null when it is too far to suggest: a few typos, or one word added, dropped or changed. */
function closeness(key: string, known: string): number | null {
  const upper = key.toUpperCase();
  const typos = editDistance(upper, known);
  if (typos <= MAX_TYPO_EDITS) return typos;
  const [first] = upper.split('_');
  return first !== undefined && BUTLR_PREFIX.test(first) && wordDistance(upper, known) === 1 ? MAX_TYPO_EDITS + 1 : null;
}

/**
 * For each known key the file does not set, the lines whose unknown key most likely meant it. A key the file does set
 * is never suggested: then an unknown look-alike is just another tool's variable, and is left alone.
 */
export function nearMisses(entries: readonly EnvEntry[], knownKeys: readonly string[]): Map<string, NearMiss[]> {
  const set = new Set(entries.map((entry) => entry.key));
  const wanted = knownKeys.filter((key) => !set.has(key));
  const found = new Map<string, NearMiss[]>();
  for (const entry of entries) {
    if (knownKeys.includes(entry.key)) continue;
    let best: { key: string; distance: number } | null = null;
    for (const known of wanted) {
      const distance = closeness(entry.key, known);
      // Ties go to the first in the table, which lists the required keys first.
      if (distance !== null && (best === null || distance < best.distance)) best = { key: known, distance };
    }
    if (best === null) continue;
    const caseOnly = entry.key.toUpperCase() === best.key;
    const message = `unknown key ${entry.key} — did you mean ${best.key}?${caseOnly ? ' (names are case-sensitive)' : ''}`;
    found.set(best.key, [...(found.get(best.key) ?? []), { entry, meant: best.key, message }]);
  }
  return found;
}
