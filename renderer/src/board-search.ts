// The board's search language: words, each of which must appear in a profile's name, tags, base URL or client ID /
// username; `url:` words, which must appear in its base URL (`host:`, the old name, still works); and `is:` filters on
// what its badge says (is:valid, is:expiring, is:expired, is:failed, is:none) or on its pin (is:pinned). State filters
// widen each other (is:expired is:failed: either); everything else narrows.
import type { ProfileView } from '../../shared/profile';
import { principalOf } from './profile-principal';
import { describeToken, type TokenState } from './token-view';

export const stateFilters = ['valid', 'expiring', 'expired', 'failed', 'none'] as const;
export type StateFilter = (typeof stateFilters)[number];

export interface BoardSearch {
  /** Lower-cased words, every one of which must match. */
  readonly words: readonly string[];
  /** Lower-cased words (from `url:`), every one of which must be in the base URL. */
  readonly urlWords: readonly string[];
  /** The badge states asked for; empty for any. */
  readonly states: readonly StateFilter[];
  readonly pinned: boolean;
}

/** The badge's states each filter stands for: "failed" is both kinds of failure, the one that passes and the one that needs you. */
const STATES_OF: Readonly<Record<StateFilter, readonly TokenState[]>> = {
  valid: ['valid'],
  expiring: ['expiring'],
  expired: ['expired'],
  failed: ['temporary', 'needs-you'],
  none: ['none'],
};

const isStateFilter = (value: string): value is StateFilter => (stateFilters as readonly string[]).includes(value);

/** `url:staging`, or `host:staging` as earlier versions called it. */
const URL_PREFIX = /^(url|host):(.+)$/;

/** Reads a query; an `is:` it does not know stays a word, so it matches what it says rather than vanishing. */
export function parseSearch(query: string): BoardSearch {
  const words: string[] = [];
  const urlWords: string[] = [];
  const states = new Set<StateFilter>();
  let pinned = false;
  for (const term of query.toLowerCase().split(/\s+/).filter(Boolean)) {
    const filter = term.startsWith('is:') ? term.slice(3) : null;
    const url = URL_PREFIX.exec(term)?.[2];
    if (filter === 'pinned') pinned = true;
    else if (filter !== null && isStateFilter(filter)) states.add(filter);
    else if (url !== undefined) urlWords.push(url);
    else words.push(term);
  }
  return { words, urlWords, states: [...states], pinned };
}

/** Every word appears in the name, a tag, the base URL or the client ID / username (case ignored). */
export function matchesWords(profile: ProfileView, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [profile.name, profile.baseUrl, principalOf(profile).value, ...profile.tags].join('\n').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Whether the profile is shown for `search` at `now`, with the person's "expiring soon" setting deciding that state. */
export function matchesBoardSearch(profile: ProfileView, search: BoardSearch, now: number, expiringSoonMs?: number): boolean {
  if (search.pinned && !profile.pinned) return false;
  if (search.states.length > 0) {
    const state = describeToken(profile, now, expiringSoonMs).state;
    if (!search.states.some((filter) => STATES_OF[filter].includes(state))) return false;
  }
  const baseUrl = profile.baseUrl.toLowerCase();
  if (!search.urlWords.every((word) => baseUrl.includes(word))) return false;
  return matchesWords(profile, search.words);
}
