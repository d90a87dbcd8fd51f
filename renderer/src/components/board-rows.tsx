// The board's rows: virtualized (virtual-board.tsx) once that chunk is here, and until then the first screen drawn
// without it (first-screen-board.tsx). The virtualizer is about 10 kB gzipped and the window's first paint does not need
// it, so it is fetched right after that paint (`preloadVirtualBoard`, from the app shell) and is nearly always here
// before the profiles are. Measured with `npm run bench`: with it in the first chunk, the window loaded 113 kB before
// its first paint, against a target of 100 kB.
import { useRef, type RefObject } from 'react';
import { chunkStore } from '../chunk-store';
import type { BoardNavigation } from '../use-board-keyboard';
import type { BoardRowsProps } from './board-blocks';
import { FirstScreenBoard } from './first-screen-board';

const NOT_LOADED = 'Part of Butlr Credentials could not be loaded, so the board shows only its first profiles. Reinstall the app.';

const virtualBoard = chunkStore(() => import('./virtual-board'), { what: 'the virtualized board', notice: NOT_LOADED });

/** Starts fetching the virtualized board, once. */
export const preloadVirtualBoard = (): void => virtualBoard.preload();

interface BoardRowsAllProps extends BoardRowsProps {
  readonly navigationRef: RefObject<BoardNavigation | null>;
}

export function BoardRows(props: BoardRowsAllProps) {
  const chunk = virtualBoard.useChunk();
  const revealOnArrivalRef = useRef<string | null>(null);
  if (chunk.state === 'loaded') return <chunk.module.VirtualBoard {...props} revealOnArrivalRef={revealOnArrivalRef} />;
  return <FirstScreenBoard {...props} revealOnArrivalRef={revealOnArrivalRef} interactive={chunk.state === 'failed'} />;
}
