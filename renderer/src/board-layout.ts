// Where the board's items go before anything is measured: each density's row and heading heights and the gap between
// items, in px. The virtualizer starts from these and then measures; the first screen (first-screen-board.tsx) uses
// them as they are. tests/e2e/board-density.test.ts checks them against the rendered rows, so a change to the rows' CSS
// cannot leave them stale (a wrong estimate mounts the wrong number of rows and renders the board twice).
import type { Density } from '../../shared/settings';
import type { BoardItem } from './board-items';

export const BOARD_LAYOUT: Readonly<Record<Density, { readonly row: number; readonly heading: number; readonly gap: number }>> = {
  comfortable: { row: 65, heading: 40, gap: 10 },
  compact: { row: 31, heading: 34, gap: 0 },
};

/** One item placed on the board: its index among the items and its offset from the list's top, in px. */
export interface PlacedItem {
  readonly index: number;
  readonly start: number;
}

/** The items from the first, each at its estimated offset, until one starts past `limit` px; and the whole list's estimated height. */
export function estimatedPlacements(items: readonly BoardItem[], density: Density, limit = Number.POSITIVE_INFINITY): { placed: PlacedItem[]; total: number } {
  const size = BOARD_LAYOUT[density];
  const placed: PlacedItem[] = [];
  let next = 0;
  items.forEach((item, index) => {
    if (next <= limit) placed.push({ index, start: next });
    next += (item.kind === 'heading' ? size.heading : size.row) + size.gap;
  });
  return { placed, total: Math.max(0, next - size.gap) };
}
