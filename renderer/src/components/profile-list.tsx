// The board: search, sort, group and density controls above the profiles, pinned ones first, each group headed with its
// count; the rows themselves are virtualized (board-rows.tsx), so a thousand profiles cost what a screenful does.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useRef, useState, type RefObject } from 'react';
import type { FirstProfiles } from '../../../shared/profile';
import type { Density } from '../../../shared/settings';
import { firstScreenItems, flattenBoard } from '../board-items';
import { parseSearch } from '../board-search';
import { arrangeBoard, type GroupKey, type SortKey } from '../board-view';
import { errorMessage } from '../ipc-client';
import { firstProfilesQuery, profilesQuery, useMoveProfile } from '../queries';
import { useNow } from '../ticker';
import { showToast } from '../toast-store';
import type { BoardNavigation } from '../use-board-keyboard';
import { useDensity } from '../use-density';
import { useExpiringSoonMs } from '../use-expiring-soon';
import { BoardToolbar } from './board-toolbar';
import { CompactProfileRow } from './compact-profile-row';
import { EmptyState } from './empty-state';
import { FirstScreenBoard } from './first-screen-board';
import { ProfileRow } from './profile-row';
import type { BoardRowsProps, RowSharedProps } from './board-blocks';
import { BoardRows } from './board-rows';

interface ProfileListProps {
  readonly selectedId: string | null;
  /** The keyboard's selection. */
  readonly currentId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (id: string) => void;
  readonly onEdit: (id: string, focusSecret: boolean) => void;
  /** How the arrow keys reach rows that are not in the DOM. */
  readonly navigationRef: RefObject<BoardNavigation | null>;
}

const NO_MOVE = { up: false, down: false } as const;
const toastError = (moveError: Error): void => showToast('alert', errorMessage(moveError));

export function ProfileList({ selectedId, currentId, onSelect, onToggle, onEdit, navigationRef }: ProfileListProps) {
  const { data: profiles, error, isPending, refetch, isFetching } = useQuery(profilesQuery());
  // Until the whole list is here: the first screenful the page asked for as it started.
  const { data: firstScreen } = useQuery(firstProfilesQuery());
  const expiringSoonMs = useExpiringSoonMs();
  const { density, setDensity } = useDensity();
  const move = useMoveProfile();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('manual');
  const [group, setGroup] = useState<GroupKey>('none');
  // Typing stays instant with hundreds of rows: the list follows a beat behind when it has to.
  const deferredQuery = useDeferredValue(query);
  // An is:valid / is:expiring … filter follows the clock, so a token that runs out leaves is:valid; without one, no ticking.
  const byState = useMemo(() => parseSearch(deferredQuery).states.length > 0, [deferredQuery]);
  const ticking = useNow(byState);
  const now = byState ? ticking : undefined;
  const groups = useMemo(
    () => arrangeBoard(profiles ?? [], { query: deferredQuery, sort, group, ...(now === undefined ? {} : { now }), expiringSoonMs }),
    [profiles, deferredQuery, sort, group, now, expiringSoonMs],
  );
  const items = useMemo(() => flattenBoard(groups), [groups]);
  const onMove = useCallback((id: string, delta: -1 | 1) => move(id, delta, toastError), [move]);

  // Moving by a place only means something in the manual order, with every profile in one list.
  const movable = sort === 'manual' && group === 'none' && deferredQuery.trim() === '';
  const canMove = useMemo(() => {
    const ids = profiles?.map((profile) => profile.id) ?? [];
    const moves = new Map(ids.map((id, index) => [id, movable ? { up: index > 0, down: index < ids.length - 1 } : NO_MOVE]));
    return (id: string) => moves.get(id) ?? NO_MOVE;
  }, [profiles, movable]);
  const rowProps = useMemo(() => ({ expiringSoonMs, onSelect, onToggle, onEdit, onMove }), [expiringSoonMs, onSelect, onToggle, onEdit, onMove]);

  // Rows wait for the density as well as the profiles, so a compact board never flashes up as cards first.
  if (density === null) return <p className="muted list-message">Loading profiles…</p>;
  // Until the whole list is here, the first screenful stands in (inert): the toolbar is already the board's own, so
  // what a person types meanwhile is kept and applies as soon as the list is in.
  const partial = isPending && firstScreen !== undefined && firstScreen.total > 0 ? firstScreen : null;
  if (isPending && partial === null) return <p className="muted list-message">Loading profiles…</p>;
  // A failed refetch keeps the last list on screen; only a list never loaded is replaced by the message.
  if (profiles === undefined && partial === null) {
    return (
      <div className="list-message">
        <p>{errorMessage(error)}</p>
        <button type="button" className="button" disabled={isFetching} onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (profiles?.length === 0) return <EmptyState />;

  const total = profiles?.length ?? partial?.total ?? 0;
  const shown = partial ? total : groups.reduce((sum, each) => sum + each.profiles.length, 0);
  const Row = density === 'compact' ? CompactProfileRow : ProfileRow;

  return (
    <section className="profile-section" aria-labelledby="profiles-title">
      <BoardToolbar query={query} sort={sort} group={group} density={density} onQuery={setQuery} onSort={setSort} onGroup={setGroup} onDensity={setDensity} />
      <h2 id="profiles-title" className="section-title">
        Profiles <span className="muted">{shown === total ? total : `${shown} of ${total}`}</span>
      </h2>
      {shown === 0 && (
        <p className="muted list-message" role="status">
          No profile matches “{deferredQuery}”.
        </p>
      )}
      {partial ? (
        <FirstScreenRows firstScreen={partial} density={density} Row={Row} rowProps={rowProps} navigationRef={navigationRef} />
      ) : (
        // Keyed by density: the other density's measured heights mean nothing here.
        <BoardRows key={density} items={items} density={density} Row={Row} rowProps={rowProps} selectedId={selectedId} currentId={currentId} canMove={canMove} navigationRef={navigationRef} />
      )}
    </section>
  );
}

interface FirstScreenRowsProps {
  readonly firstScreen: FirstProfiles;
  readonly density: Density;
  readonly Row: BoardRowsProps['Row'];
  readonly rowProps: RowSharedProps;
  readonly navigationRef: ProfileListProps['navigationRef'];
}

/** The first screenful's rows, inert: the board that replaces them a moment later draws every row anew. */
function FirstScreenRows({ firstScreen, density, Row, rowProps, navigationRef }: FirstScreenRowsProps) {
  const revealOnArrivalRef = useRef<string | null>(null);
  const items = useMemo(() => firstScreenItems(firstScreen), [firstScreen]);
  return (
    <FirstScreenBoard
      items={items}
      density={density}
      Row={Row}
      rowProps={rowProps}
      selectedId={null}
      currentId={null}
      canMove={() => NO_MOVE}
      navigationRef={navigationRef}
      revealOnArrivalRef={revealOnArrivalRef}
      interactive={false}
    />
  );
}
