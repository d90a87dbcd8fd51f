// The board: search, sort and group controls above the profiles, pinned ones first, each group headed with its count.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { arrangeBoard, type GroupKey, type SortKey } from '../board-view';
import { errorMessage } from '../ipc-client';
import { profilesQuery, useMoveProfile } from '../queries';
import { showToast } from '../toast-store';
import { useExpiringSoonMs } from '../use-expiring-soon';
import { BoardToolbar } from './board-toolbar';
import { EmptyState } from './empty-state';
import { ProfileRow } from './profile-row';

interface ProfileListProps {
  readonly selectedId: string | null;
  /** The keyboard's selection. */
  readonly currentId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (id: string) => void;
  readonly onEdit: (id: string, focusSecret: boolean) => void;
}

const NO_MOVE = { up: false, down: false } as const;
const toastError = (moveError: Error): void => showToast('alert', errorMessage(moveError));

export function ProfileList({ selectedId, currentId, onSelect, onToggle, onEdit }: ProfileListProps) {
  const { data: profiles, error, isPending, refetch, isFetching } = useQuery(profilesQuery());
  const expiringSoonMs = useExpiringSoonMs();
  const move = useMoveProfile();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('manual');
  const [group, setGroup] = useState<GroupKey>('none');
  // Typing stays instant with hundreds of rows: the list follows a beat behind when it has to.
  const deferredQuery = useDeferredValue(query);
  const groups = useMemo(() => arrangeBoard(profiles ?? [], { query: deferredQuery, sort, group }), [profiles, deferredQuery, sort, group]);
  const onMove = useCallback((id: string, delta: -1 | 1) => move(id, delta, toastError), [move]);

  // Moving by a place only means something in the manual order, with every profile in one list.
  const movable = sort === 'manual' && group === 'none' && deferredQuery.trim() === '';
  const canMove = useMemo(() => {
    const ids = profiles?.map((profile) => profile.id) ?? [];
    return new Map(ids.map((id, index) => [id, movable ? { up: index > 0, down: index < ids.length - 1 } : NO_MOVE]));
  }, [profiles, movable]);

  if (isPending) return <p className="muted list-message">Loading profiles…</p>;
  // A failed refetch keeps the last list on screen; only a list never loaded is replaced by the message.
  if (profiles === undefined) {
    return (
      <div className="list-message">
        <p>{errorMessage(error)}</p>
        <button type="button" className="button" disabled={isFetching} onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (profiles.length === 0) return <EmptyState />;

  const shown = groups.reduce((sum, each) => sum + each.profiles.length, 0);
  return (
    <section className="profile-section" aria-labelledby="profiles-title">
      <BoardToolbar query={query} sort={sort} group={group} onQuery={setQuery} onSort={setSort} onGroup={setGroup} />
      <h2 id="profiles-title" className="section-title">
        Profiles <span className="muted">{shown === profiles.length ? profiles.length : `${shown} of ${profiles.length}`}</span>
      </h2>
      {shown === 0 && (
        <p className="muted list-message" role="status">
          No profile matches “{deferredQuery}”.
        </p>
      )}
      {groups.map((each, index) => (
        <div key={each.key} className="profile-group" role={each.label === null ? undefined : 'group'} aria-labelledby={each.label === null ? undefined : `group-${index}`}>
          {each.label !== null && each.profiles.length > 0 && (
            <h3 id={`group-${index}`} className="group-title" data-testid="group-title">
              {each.label} <span className="group-count">{each.profiles.length}</span>
            </h3>
          )}
          <ul className="profile-list">
            {each.profiles.map((profile) => (
              <ProfileRow
                key={profile.id}
                profile={profile}
                selected={profile.id === selectedId}
                current={profile.id === currentId}
                expiringSoonMs={expiringSoonMs}
                onSelect={onSelect}
                onToggle={onToggle}
                onEdit={onEdit}
                onMove={onMove}
                canMove={canMove.get(profile.id) ?? NO_MOVE}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
