// "Did you mean token?": the known word a mistyped one was most likely meant to be, by edit distance.
import { editDistance } from '../shared/edit-distance';

/**
 * The one known word within two edits of `typed` (one for words of four letters or fewer, where two edits make
 * anything look alike), or null when none is, or when two are equally close.
 */
export function closestWord(typed: string, known: readonly string[]): string | null {
  const limit = typed.length <= 4 ? 1 : 2;
  const scored = known.map((word) => ({ word, distance: editDistance(typed.toLowerCase(), word) })).filter(({ distance }) => distance <= limit);
  const best = Math.min(...scored.map(({ distance }) => distance));
  const closest = scored.filter(({ distance }) => distance === best);
  return closest.length === 1 ? closest[0]!.word : null;
}
