// The board's rows, virtualized against the window (the page scrolls, under a sticky header): only the rows near the
// viewport, plus the keyboard's and the details panel's row, are in the DOM. Each mounted item is placed absolutely at its
// measured offset, so those two kept rows need not be next to the others, and a group's wrapper can hold any of its items.
import { defaultRangeExtractor, useWindowVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import { Fragment, useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type ComponentType, type RefObject } from 'react';
import type { Density } from '../../../shared/settings';
import { rowIdsOf, rowIndexOf, type BoardItem, type BoardRowItem } from '../board-items';
import { profileRowId } from '../element-ids';
import type { BoardNavigation } from '../use-board-keyboard';
import { useDocumentTop } from '../use-document-top';
import type { BoardRowProps } from '../use-profile-row';

/** Estimates until measured (px), and the space between items, which the virtualizer owns since items are positioned. */
const LAYOUT: Readonly<Record<Density, { readonly row: number; readonly heading: number; readonly gap: number }>> = {
  comfortable: { row: 96, heading: 40, gap: 10 },
  compact: { row: 34, heading: 34, gap: 0 },
};
/** Rows mounted beyond each edge of the viewport, so a short scroll or an arrow key finds its row already there. */
const OVERSCAN = 4;

type RowSharedProps = Omit<BoardRowProps, 'profile' | 'selected' | 'current' | 'canMove' | 'index' | 'top' | 'posInSet' | 'setSize' | 'measure'>;

interface VirtualBoardProps {
  readonly items: readonly BoardItem[];
  readonly density: Density;
  readonly Row: ComponentType<BoardRowProps>;
  readonly rowProps: RowSharedProps;
  readonly selectedId: string | null;
  readonly currentId: string | null;
  readonly canMove: (id: string) => BoardRowProps['canMove'];
  /** Filled in here, for the arrow keys: the rows' order, and bringing one into view with focus. */
  readonly navigationRef: RefObject<BoardNavigation | null>;
}

/** Mounted items grouped by the board group they belong to, in order: each group's wrapper holds only its mounted items. */
function byGroup(items: readonly BoardItem[], virtualItems: readonly VirtualItem[]): VirtualItem[][] {
  const blocks: VirtualItem[][] = [];
  let group = -1;
  for (const virtualItem of virtualItems) {
    const item = items[virtualItem.index]!;
    if (item.group !== group) blocks.push([]);
    group = item.group;
    blocks.at(-1)!.push(virtualItem);
  }
  return blocks;
}

export function VirtualBoard({ items, density, Row, rowProps, selectedId, currentId, canMove, navigationRef }: VirtualBoardProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const listTop = useDocumentTop(listRef);
  // The sticky header's room, from the page's own scroll-padding-top, so a row scrolled to is not left under the header.
  const [headerRoom] = useState(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
  const layout = LAYOUT[density];
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

  const top = (virtualItem: VirtualItem): number => virtualItem.start - virtualizer.options.scrollMargin;
  const renderRow = (virtualItem: VirtualItem, item: BoardRowItem) => (
    <Row
      key={item.key}
      {...rowProps}
      profile={item.profile}
      selected={item.key === selectedId}
      current={item.key === currentId}
      canMove={canMove(item.key)}
      index={virtualItem.index}
      top={top(virtualItem)}
      posInSet={item.posInSet}
      setSize={item.setSize}
      measure={virtualizer.measureElement}
    />
  );

  return (
    <div ref={listRef} className={`board-rows board-rows-${density}`} style={{ height: virtualizer.getTotalSize() }}>
      {byGroup(items, virtualizer.getVirtualItems()).map((block) => {
        const [lead] = block as [VirtualItem];
        const first = items[lead.index]!;
        const rows = first.kind === 'heading' ? block.slice(1) : block;
        const content = (
          <>
            {first.kind === 'heading' && (
              <h3 ref={virtualizer.measureElement} data-index={lead.index} className="group-title" data-testid="group-title" style={{ top: top(lead) }}>
                {first.label} <span className="group-count">{first.count}</span>
              </h3>
            )}
            {rows.length > 0 && <ul className="profile-list">{rows.map((virtualItem) => renderRow(virtualItem, items[virtualItem.index] as BoardRowItem))}</ul>}
          </>
        );
        // A named group is a labelled group around its own list; named by aria-label, as its heading may be unmounted.
        if (first.groupName !== null) {
          return (
            <div key={`group-${first.group}`} className="profile-group" role="group" aria-label={first.groupName}>
              {content}
            </div>
          );
        }
        return <Fragment key={`group-${first.group}`}>{content}</Fragment>;
      })}
    </div>
  );
}
