// The board's controls, held under the header while the list scrolls: search by name, tag, base URL or client ID, and by
// state or pin (is:failed, is:pinned …, board-search.ts); sort; group; and the rows' density (a saved setting).
import { useId } from 'react';
import type { Density } from '../../../shared/settings';
import { DENSITY_LABELS, GROUP_LABELS, SORT_LABELS, type GroupKey, type SortKey } from '../board-view';
import { SEARCH_INPUT_ID } from '../element-ids';
import { ToolbarChoice } from './toolbar-choice';

interface BoardToolbarProps {
  readonly query: string;
  readonly sort: SortKey;
  readonly group: GroupKey;
  readonly density: Density;
  readonly onQuery: (query: string) => void;
  readonly onSort: (sort: SortKey) => void;
  readonly onGroup: (group: GroupKey) => void;
  readonly onDensity: (density: Density) => void;
}

export function BoardToolbar({ query, sort, group, density, onQuery, onSort, onGroup, onDensity }: BoardToolbarProps) {
  const hintId = useId();
  return (
    <div className="board-toolbar" role="search">
      <label className="board-field board-search">
        <span className="board-field-label">Search profiles</span>
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          className="board-input"
          value={query}
          placeholder="Name, tag, base URL, client ID — or is:failed, is:expired, is:pinned…"
          aria-keyshortcuts="/ Control+F Meta+F"
          aria-describedby={hintId}
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
        <span id={hintId} className="visually-hidden">
          Words match the name, tags, base URL and client ID or username; url: followed by a word matches the base URL only. Filters:
          is:valid, is:expiring, is:expired, is:failed, is:none and is:pinned, with words or with each other.
        </span>
      </label>
      <ToolbarChoice label="Sort by" value={sort} labels={SORT_LABELS} onChange={onSort} />
      <ToolbarChoice label="Group by" value={group} labels={GROUP_LABELS} onChange={onGroup} />
      <ToolbarChoice label="Density" value={density} labels={DENSITY_LABELS} onChange={onDensity} />
    </div>
  );
}
