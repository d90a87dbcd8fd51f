// Shortens a long identifier in the middle, so both its start and its end (where client IDs and addresses differ) stay readable.

/** `value` itself when it fits in `max` characters; else its start, "…" and its end, `max` characters in all. */
export function middleEllipsis(value: string, max: number): string {
  const characters = [...value];
  if (characters.length <= max) return value;
  const kept = Math.max(0, max - 1);
  const tail = Math.floor(kept / 2);
  return `${characters.slice(0, kept - tail).join('')}…${tail === 0 ? '' : characters.slice(-tail).join('')}`;
}
