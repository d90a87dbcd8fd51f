// The arranged board as one flat list for the virtualizer: each named group's heading, then its rows, each row knowing
// its place in its group, so a screen reader hears "3 of 120" though only the rows near the viewport exist.
import type { FirstProfiles, ProfileView } from '../../shared/profile';
import type { BoardGroup } from './board-view';

interface InGroup {
  /** Index of its group in the arranged board. */
  readonly group: number;
  /** The group's name for assistive tech ("prod, 2 profiles"); null when the board is not grouped. */
  readonly groupName: string | null;
}

export interface BoardHeading extends InGroup {
  readonly kind: 'heading';
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

export interface BoardRowItem extends InGroup {
  readonly kind: 'row';
  /** The profile's id: unique, since a profile appears in one group only. */
  readonly key: string;
  readonly profile: ProfileView;
  /** 1-based place in its group's list, and that list's length (aria-posinset, aria-setsize). */
  readonly posInSet: number;
  readonly setSize: number;
}

export type BoardItem = BoardHeading | BoardRowItem;

export function flattenBoard(groups: readonly BoardGroup[]): BoardItem[] {
  const items: BoardItem[] = [];
  groups.forEach((group, index) => {
    const setSize = group.profiles.length;
    if (setSize === 0) return;
    const inGroup: InGroup = { group: index, groupName: group.label === null ? null : groupName(group.label, setSize) };
    // Profile ids are UUIDs, so a heading's key cannot collide with a row's.
    if (group.label !== null) items.push({ kind: 'heading', key: `heading:${group.key}`, ...inGroup, label: group.label, count: setSize });
    group.profiles.forEach((profile, at) => items.push({ kind: 'row', key: profile.id, ...inGroup, profile, posInSet: at + 1, setSize }));
  });
  return items;
}

/**
 * The first screenful main sent before the whole list (already in the board's opening order: pinned first, then the
 * manual order), each row knowing its place among all of them.
 */
export function firstScreenItems({ profiles, total }: FirstProfiles): BoardItem[] {
  return profiles.map((profile, at) => ({ kind: 'row', key: profile.id, group: 0, groupName: null, profile, posInSet: at + 1, setSize: total }));
}

/** The profile ids in the order the board shows them, whatever is in the DOM: what the arrow keys walk. */
export function rowIdsOf(items: readonly BoardItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'row' ? [item.key] : []));
}

/** The item index of a profile's row, or -1 when the board does not show it (filtered out, or null). */
export function rowIndexOf(items: readonly BoardItem[], id: string | null): number {
  return id === null ? -1 : items.findIndex((item) => item.kind === 'row' && item.key === id);
}

/** "prod, 2 profiles": a group's name for assistive tech, which holds even when its heading has scrolled out of the DOM. */
function groupName(label: string, count: number): string {
  return `${label}, ${count} ${count === 1 ? 'profile' : 'profiles'}`;
}
