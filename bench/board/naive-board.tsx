// The naive baseline's board, swapped in for renderer/src/components/virtual-board.tsx: every row of the board mounted at
// once, as a plain map over the items, with no virtualizer. Same props, same rows, same headings and groups.
import { Fragment, useImperativeHandle, type ComponentProps } from 'react';
import { rowIdsOf, type BoardItem, type BoardRowItem } from '../../renderer/src/board-items';
// The renderer's `window.butlr`, which the board's types reach through its hooks; outside tsconfig.renderer.json it is not declared.
import type {} from '../../renderer/src/env';
import type { VirtualBoard as RealBoard } from '../../renderer/src/components/virtual-board';
import { profileRowId } from '../../renderer/src/element-ids';

type BoardProps = ComponentProps<typeof RealBoard>;

/**
 * The app's rows are positioned absolutely (board.css), so each gets its offset here from fixed heights: the
 * virtualized board's estimates, in px. Close enough to look like a board; this one is measured for its script.
 */
const HEIGHTS = { comfortable: { row: 96, heading: 40, gap: 10 }, compact: { row: 34, heading: 34, gap: 0 } } as const;

function offsetsOf(items: readonly BoardItem[], density: BoardProps['density']): { tops: number[]; total: number } {
  const size = HEIGHTS[density];
  const tops: number[] = [];
  let next = 0;
  for (const item of items) {
    tops.push(next);
    next += (item.kind === 'heading' ? size.heading : size.row) + size.gap;
  }
  return { tops, total: Math.max(0, next - size.gap) };
}

/** Runs of consecutive items of one board group, in order. */
function byGroup(items: readonly BoardItem[]): number[][] {
  const blocks: number[][] = [];
  items.forEach((item, index) => {
    if (index === 0 || items[index - 1]!.group !== item.group) blocks.push([]);
    blocks.at(-1)!.push(index);
  });
  return blocks;
}

const noMeasure = (): void => {};

export function VirtualBoard({ items, density, Row, rowProps, selectedId, currentId, canMove, navigationRef }: BoardProps) {
  const { tops, total } = offsetsOf(items, density);
  // Every row is in the DOM: the arrow keys only need to focus it.
  useImperativeHandle(
    navigationRef,
    () => ({
      rowIds: () => rowIdsOf(items),
      reveal(id) {
        const row = document.getElementById(profileRowId(id));
        row?.scrollIntoView({ block: 'nearest' });
        row?.focus({ preventScroll: true });
      },
    }),
    [items],
  );

  const renderRow = (index: number) => {
    const item = items[index] as BoardRowItem;
    return (
      <Row
        key={item.key}
        {...rowProps}
        profile={item.profile}
        selected={item.key === selectedId}
        current={item.key === currentId}
        canMove={canMove(item.key)}
        index={index}
        top={tops[index]!}
        posInSet={item.posInSet}
        setSize={item.setSize}
        measure={noMeasure}
      />
    );
  };

  return (
    <div className={`board-rows board-rows-${density}`} style={{ height: total }}>
      {byGroup(items).map((block) => {
        const [lead] = block as [number];
        const first = items[lead]!;
        const rows = first.kind === 'heading' ? block.slice(1) : block;
        const content = (
          <>
            {first.kind === 'heading' && (
              <h3 className="group-title" data-testid="group-title" style={{ top: tops[lead] }}>
                {first.label} <span className="group-count">{first.count}</span>
              </h3>
            )}
            {rows.length > 0 && <ul className="profile-list">{rows.map(renderRow)}</ul>}
          </>
        );
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
