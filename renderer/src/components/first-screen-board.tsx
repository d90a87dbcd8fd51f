// What the board draws if its profiles arrive before the virtualizer's chunk (board-rows.tsx): the rows that fill the
// window, placed where the virtualized board will place them (board-layout.ts), and the list's full height. Inert until
// the virtualized board takes over a moment later, as that board draws every row anew: a click or a menu opened here
// would be lost in the swap. The arrow keys still move the keyboard's row, which that board then shows and focuses.
import { useImperativeHandle, type RefObject } from 'react';
import { rowIdsOf } from '../board-items';
import { estimatedPlacements } from '../board-layout';
import { profileRowId } from '../element-ids';
import type { BoardNavigation } from '../use-board-keyboard';
import { BoardBlocks, type BoardRowsProps } from './board-blocks';

interface FirstScreenBoardProps extends BoardRowsProps {
  readonly navigationRef: RefObject<BoardNavigation | null>;
  /** The row the arrows moved to here, for the virtualized board to show and focus once it is here. */
  readonly revealOnArrivalRef: RefObject<string | null>;
  /** False while the virtualized board is on its way; true if it could not be loaded, so these rows are all there is. */
  readonly interactive: boolean;
}

const measureNothing = (): void => {};

export function FirstScreenBoard({ navigationRef, revealOnArrivalRef, interactive, ...rows }: FirstScreenBoardProps) {
  const { placed, total } = estimatedPlacements(rows.items, rows.density, window.innerHeight);
  useImperativeHandle(
    navigationRef,
    () => ({
      rowIds: () => rowIdsOf(rows.items),
      reveal(id) {
        const row = interactive ? document.getElementById(profileRowId(id)) : null;
        row?.scrollIntoView({ block: 'nearest' });
        row?.focus({ preventScroll: true });
        revealOnArrivalRef.current = id;
      },
    }),
    [rows.items, interactive, revealOnArrivalRef],
  );
  return (
    <div inert={!interactive}>
      <BoardBlocks {...rows} placed={placed} height={total} measure={measureNothing} />
    </div>
  );
}
