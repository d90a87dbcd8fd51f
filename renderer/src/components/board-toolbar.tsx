// The board's controls: search by name, tag, host or client id; sort; group.
import { GROUP_LABELS, SORT_LABELS, type GroupKey, type SortKey } from '../board-view';
import { SEARCH_INPUT_ID } from '../element-ids';

interface BoardToolbarProps {
  readonly query: string;
  readonly sort: SortKey;
  readonly group: GroupKey;
  readonly onQuery: (query: string) => void;
  readonly onSort: (sort: SortKey) => void;
  readonly onGroup: (group: GroupKey) => void;
}

export function BoardToolbar({ query, sort, group, onQuery, onSort, onGroup }: BoardToolbarProps) {
  return (
    <div className="board-toolbar" role="search">
      <label className="board-field board-search">
        <span className="board-field-label">Search profiles</span>
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          className="board-input"
          value={query}
          placeholder="Name, tag, host or client ID"
          aria-keyshortcuts="/ Control+F Meta+F"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={(event) => {
            // Esc in a filled search box clears it; in an empty one it leaves it, back to the list.
            if (event.key !== 'Escape') return;
            if (query) onQuery('');
            else event.currentTarget.blur();
            event.preventDefault();
          }}
        />
      </label>
      <label className="board-field">
        <span className="board-field-label">Sort by</span>
        <select className="board-input" value={sort} onChange={(event) => onSort(event.target.value as SortKey)}>
          {Object.entries(SORT_LABELS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="board-field">
        <span className="board-field-label">Group by</span>
        <select className="board-input" value={group} onChange={(event) => onGroup(event.target.value as GroupKey)}>
          {Object.entries(GROUP_LABELS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
