// The naive baseline's board, swapped in for renderer/src/components/virtual-board.tsx: every row of the board mounted at
// once, with no virtualizer, each at the offset the board's layout estimates give it. Same props, same rows, same
// headings and groups (the app's own BoardBlocks draws them).
import { useImperativeHandle, type ComponentProps } from 'react';
import { rowIdsOf } from '../../renderer/src/board-items';
import { estimatedPlacements } from '../../renderer/src/board-layout';
// The renderer's `window.butlr`, which the board's types reach through its hooks; outside tsconfig.renderer.json it is not declared.
import type {} from '../../renderer/src/env';
import { BoardBlocks } from '../../renderer/src/components/board-blocks';
import type { VirtualBoard as RealBoard } from '../../renderer/src/components/virtual-board';
import { profileRowId } from '../../renderer/src/element-ids';

type BoardProps = ComponentProps<typeof RealBoard>;

const noMeasure = (): void => {};

export function VirtualBoard({ navigationRef, revealOnArrivalRef: _revealOnArrival, ...rows }: BoardProps) {
  const { placed, total } = estimatedPlacements(rows.items, rows.density);
  // Every row is in the DOM: the arrow keys only need to focus it.
  useImperativeHandle(
    navigationRef,
    () => ({
      rowIds: () => rowIdsOf(rows.items),
      reveal(id) {
        const row = document.getElementById(profileRowId(id));
        row?.scrollIntoView({ block: 'nearest' });
        row?.focus({ preventScroll: true });
      },
    }),
    [rows.items],
  );
  return <BoardBlocks {...rows} placed={placed} height={total} measure={noMeasure} />;
}
