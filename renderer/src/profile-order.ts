// The person's manual order of profiles: moving one a place up or down, and showing a list in a given order.

/** The ids with `id` moved one place; null when it is already at that end (or not in the list). */
export function moveId(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** `items` sorted as `ids` lists them; any item not listed keeps its place at the end. */
export function orderedAs<T extends { readonly id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const rank = new Map(ids.map((id, index) => [id, index]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? ids.length) - (rank.get(b.id) ?? ids.length));
}
