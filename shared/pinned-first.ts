// The board's one rule for pins: pinned profiles first, each part keeping its order. The renderer sorts by it, and main
// answers the first screenful by it (listFirstProfiles), so the two agree on what comes first.

export function pinnedFirst<T>(items: readonly T[], isPinned: (item: T) => boolean): T[] {
  return [...items.filter(isPinned), ...items.filter((item) => !isPinned(item))];
}
