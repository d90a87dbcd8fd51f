// The board's placed items drawn as the page shows them: runs of one group, each named group a labelled group around its
// own list, each item absolutely placed at its offset. Shared by the virtualized board and the first screen drawn before it.
import { Fragment, type ComponentType, type Ref } from 'react';
import type { Density } from '../../../shared/settings';
import type { BoardItem, BoardRowItem } from '../board-items';
import type { PlacedItem } from '../board-layout';
import type { BoardRowProps } from '../use-profile-row';

export type RowSharedProps = Omit<BoardRowProps, 'profile' | 'selected' | 'current' | 'canMove' | 'index' | 'top' | 'posInSet' | 'setSize' | 'measure'>;

/** What both boards take from the list. */
export interface BoardRowsProps {
  readonly items: readonly BoardItem[];
  readonly density: Density;
  readonly Row: ComponentType<BoardRowProps>;
  readonly rowProps: RowSharedProps;
  readonly selectedId: string | null;
  readonly currentId: string | null;
  readonly canMove: (id: string) => BoardRowProps['canMove'];
}

interface BoardBlocksProps extends BoardRowsProps {
  readonly placed: readonly PlacedItem[];
  /** The whole list's height, mounted or not, so the page scrolls as far as the board is long. */
  readonly height: number;
  readonly listRef?: Ref<HTMLDivElement>;
  /** The virtualizer's measuring ref for rows and headings (they differ in height); the first screen measures nothing. */
  readonly measure: (element: HTMLElement | null) => void;
}

/** Placed items grouped by the board group they belong to, in order. */
function byGroup(items: readonly BoardItem[], placed: readonly PlacedItem[]): PlacedItem[][] {
  const blocks: PlacedItem[][] = [];
  let group = -1;
  for (const each of placed) {
    const item = items[each.index]!;
    if (item.group !== group) blocks.push([]);
    group = item.group;
    blocks.at(-1)!.push(each);
  }
  return blocks;
}

export function BoardBlocks({ items, density, Row, rowProps, selectedId, currentId, canMove, placed, height, listRef, measure }: BoardBlocksProps) {
  const renderRow = (each: PlacedItem) => {
    const item = items[each.index] as BoardRowItem;
    return (
      <Row
        key={item.key}
        {...rowProps}
        profile={item.profile}
        selected={item.key === selectedId}
        current={item.key === currentId}
        canMove={canMove(item.key)}
        index={each.index}
        top={each.start}
        posInSet={item.posInSet}
        setSize={item.setSize}
        measure={measure}
      />
    );
  };

  return (
    <div ref={listRef} className={`board-rows board-rows-${density}`} style={{ height }}>
      {byGroup(items, placed).map((block) => {
        const [lead] = block as [PlacedItem];
        const first = items[lead.index]!;
        const rows = first.kind === 'heading' ? block.slice(1) : block;
        const content = (
          <>
            {first.kind === 'heading' && (
              <h3 ref={measure} data-index={lead.index} className="group-title" data-testid="group-title" style={{ top: lead.start }}>
                {first.label} <span className="group-count">{first.count}</span>
              </h3>
            )}
            {rows.length > 0 && <ul className="profile-list">{rows.map(renderRow)}</ul>}
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
