// How many edits turn one word into another, and the word a typo meant, for "did you mean …?" (a .env key, a butlr-cred
// command, option or profile name).

/** Optimal string alignment distance: Levenshtein plus the swap of two neighbours (SECERT → SECRET is one edit). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The longest word a suggestion is looked for: longer than any profile name (80 characters), command or option. */
const MAX_WORD = 100;

/**
 * The one known word within two edits of `typed`, case aside (one edit for words of four letters or fewer, where two
 * make anything look alike), or null when none is, or when two are equally close.
 */
export function closestWord(typed: string, known: readonly string[]): string | null {
  // Longer than any name can be: no typo of one. Also keeps the work small for a query a script sends on purpose.
  if (typed.length > MAX_WORD) return null;
  const limit = typed.length <= 4 ? 1 : 2;
  const wanted = typed.toLocaleLowerCase();
  const scored = known
    // Words whose lengths differ by more than the limit are farther apart than it, without counting.
    .filter((word) => Math.abs(word.length - typed.length) <= limit)
    .map((word) => ({ word, distance: editDistance(wanted, word.toLocaleLowerCase()) }))
    .filter(({ distance }) => distance <= limit);
  const best = Math.min(...scored.map(({ distance }) => distance));
  const closest = scored.filter(({ distance }) => distance === best);
  return closest.length === 1 ? closest[0]!.word : null;
}
