// The board's rows, virtualized against the window (the page scrolls, under a sticky header): only the rows near the
// viewport, plus the keyboard's and the details panel's row, are in the DOM. Each mounted item is placed absolutely at its
// measured offset, so those two kept rows need not be next to the others, and a group's wrapper can hold any of its items.
import { defaultRangeExtractor, useWindowVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { rowIdsOf, rowIndexOf } from '../board-items';
import { BOARD_LAYOUT } from '../board-layout';
import { profileRowId } from '../element-ids';
import type { BoardNavigation } from '../use-board-keyboard';
import { useDocumentTop } from '../use-document-top';
import { BoardBlocks, type BoardRowsProps } from './board-blocks';

/** Rows mounted beyond each edge of the viewport, so a short scroll or an arrow key finds its row already there. */
const OVERSCAN = 4;

export interface VirtualBoardProps extends BoardRowsProps {
  /** Filled in here, for the arrow keys: the rows' order, and bringing one into view with focus. */
  readonly navigationRef: RefObject<BoardNavigation | null>;
  /** A row the arrows moved to on the first screen this board replaces (first-screen-board.tsx): shown and focused at mount. */
  readonly revealOnArrivalRef: RefObject<string | null>;
}

export function VirtualBoard({ navigationRef, revealOnArrivalRef, ...rows }: VirtualBoardProps) {
  const { items, density, currentId, selectedId } = rows;
  const listRef = useRef<HTMLDivElement>(null);
  const listTop = useDocumentTop(listRef);
  // The sticky header's room, from the page's own scroll-padding-top, so a row scrolled to is not left under the header.
  const [headerRoom] = useState(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
  const layout = BOARD_LAYOUT[density];
  const currentIndex = rowIndexOf(items, currentId);
  const selectedIndex = rowIndexOf(items, selectedId);

  // The keyboard's row and the open details' row stay mounted wherever the page scrolls: focus is not dropped, and Esc
  // can give focus back to the row the details belonged to.
  const rangeExtractor = useCallback(
    (range: Range) => [...new Set([...defaultRangeExtractor(range), currentIndex, selectedIndex])].filter((index) => index >= 0 && index < range.count).sort((a, b) => a - b),
    [currentIndex, selectedIndex],
  );
  // Stable between renders: the virtualizer recomputes every item's offset when these change.
  const estimateSize = useCallback((index: number) => (items[index]?.kind === 'heading' ? layout.heading : layout.row), [items, layout]);
  const getItemKey = useCallback((index: number) => items[index]?.key ?? index, [items]);
  const virtualizer = useWindowVirtualizer<HTMLElement>({
    count: items.length,
    estimateSize,
    getItemKey,
    gap: layout.gap,
    overscan: OVERSCAN,
    scrollMargin: listTop,
    scrollPaddingStart: headerRoom,
    scrollPaddingEnd: 12,
    // The window's size from the start, so the first render already holds the rows that fill it.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor,
  });

  // A row the arrow keys moved to may mount a render later (scrolled to from far away): focus it once it is there.
  const focusRequest = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusRequest.current;
    const row = id === null ? null : document.getElementById(profileRowId(id));
    if (!row) return;
    focusRequest.current = null;
    row.focus({ preventScroll: true });
  });
  useImperativeHandle(
    navigationRef,
    () => ({
      rowIds: () => rowIdsOf(items),
      reveal(id) {
        const index = rowIndexOf(items, id);
        if (index < 0) return;
        virtualizer.scrollToIndex(index, { align: 'auto' });
        const row = document.getElementById(profileRowId(id));
        if (row) row.focus({ preventScroll: true });
        else focusRequest.current = id;
      },
    }),
    [items, virtualizer],
  );

  // The row the arrows reached on the first screen, which could not show it: shown and focused now.
  useLayoutEffect(() => {
    const id = revealOnArrivalRef.current;
    revealOnArrivalRef.current = null;
    const index = rowIndexOf(items, id);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusRequest.current = id;
    // Once, at mount: later renders must not take focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const placed = virtualizer.getVirtualItems().map((virtualItem: VirtualItem) => ({ index: virtualItem.index, start: virtualItem.start - virtualizer.options.scrollMargin }));
  return <BoardBlocks {...rows} placed={placed} height={virtualizer.getTotalSize()} listRef={listRef} measure={virtualizer.measureElement} />;
}
