// What the board shows: profiles matching the search, in the chosen order, pinned ones first, split into groups with counts.
import { pinnedFirst } from '../../shared/pinned-first';
import type { ProfileView } from '../../shared/profile';
import type { Density } from '../../shared/settings';
import { matchesBoardSearch, matchesWords, parseSearch } from './board-search';
import { heldLifetime } from './token-view';
import { shortBaseUrl } from './profile-principal';

export type SortKey = 'manual' | 'name' | 'expiry' | 'lastUsed';
export type GroupKey = 'none' | 'baseUrl' | 'tag';

export const SORT_LABELS: Readonly<Record<SortKey, string>> = { manual: 'Manual order', name: 'Name', expiry: 'Soonest expiry', lastUsed: 'Last used' };
// A profile is in one group: by its first tag (its others show on the row), so "First tag" says which.
export const GROUP_LABELS: Readonly<Record<GroupKey, string>> = { none: 'None', baseUrl: 'Base URL', tag: 'First tag' };
export const DENSITY_LABELS: Readonly<Record<Density, string>> = { comfortable: 'Comfortable', compact: 'Compact' };

export interface BoardGroup {
  readonly key: string;
  /** Null for the single, unnamed group when nothing is grouped. */
  readonly label: string | null;
  readonly profiles: readonly ProfileView[];
}

/** Every word must appear in the name, a tag, the base URL or the client id / username (case ignored); no filters. */
export function matchesSearch(profile: ProfileView, query: string): boolean {
  return matchesWords(profile, query.toLowerCase().split(/\s+/).filter(Boolean));
}

/** A token without a known expiry sorts after every dated one; no token at all, last. */
function expiryRank(profile: ProfileView): number {
  const held = heldLifetime(profile);
  if (held === null) return Number.POSITIVE_INFINITY;
  return held.expiresAt ?? Number.MAX_SAFE_INTEGER;
}

const byName = (a: ProfileView, b: ProfileView): number => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });

const COMPARE: Readonly<Record<SortKey, ((a: ProfileView, b: ProfileView) => number) | null>> = {
  manual: null,
  name: byName,
  expiry: (a, b) => expiryRank(a) - expiryRank(b) || byName(a, b),
  lastUsed: (a, b) => (b.lastUsedAt ?? -1) - (a.lastUsedAt ?? -1) || byName(a, b),
};

/** Sorted as asked (a stable sort, so "manual" keeps the list's order), pinned profiles first. */
export function sortProfiles(profiles: readonly ProfileView[], sort: SortKey): ProfileView[] {
  const compare = COMPARE[sort];
  const sorted = compare ? [...profiles].sort(compare) : [...profiles];
  return pinnedFirst(sorted, (profile) => profile.pinned);
}

/** The group a profile falls in: its base URL, or its first tag (a row appears once, so ids stay unique). */
function groupOf(profile: ProfileView, group: GroupKey): string {
  if (group === 'baseUrl') return shortBaseUrl(profile.baseUrl);
  return profile.tags[0] ?? '';
}

/** Groups in order of first appearance; with grouping on, pinned profiles keep a group of their own at the top. */
export function groupProfiles(sorted: readonly ProfileView[], group: GroupKey): BoardGroup[] {
  if (group === 'none') return [{ key: 'all', label: null, profiles: sorted }];
  const groups = new Map<string, ProfileView[]>();
  const pinned = sorted.filter((profile) => profile.pinned);
  if (pinned.length > 0) groups.set('\u0000pinned', pinned);
  for (const profile of sorted) {
    if (profile.pinned) continue;
    const key = groupOf(profile, group);
    const members = groups.get(key) ?? [];
    if (members.length === 0) groups.set(key, members);
    members.push(profile);
  }
  const untitled = group === 'tag' ? 'No tag' : 'No base URL';
  return [...groups].map(([key, profiles]) => ({ key, label: key === '\u0000pinned' ? 'Pinned' : key || untitled, profiles }));
}

export interface BoardOptions {
  /** Words and `is:` filters (board-search.ts). */
  readonly query: string;
  readonly sort: SortKey;
  readonly group: GroupKey;
  /** The moment `is:` state filters are judged at, and the "expiring soon" setting; only state filters read them. */
  readonly now?: number;
  readonly expiringSoonMs?: number;
}

export function arrangeBoard(profiles: readonly ProfileView[], { query, sort, group, now = Date.now(), expiringSoonMs }: BoardOptions): BoardGroup[] {
  const search = parseSearch(query);
  return groupProfiles(sortProfiles(profiles.filter((profile) => matchesBoardSearch(profile, search, now, expiringSoonMs)), sort), group);
}
