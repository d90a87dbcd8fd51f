// The board's search language, pure: words and is: filters, how they combine, and what each state filter matches.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../shared/profile';
import type { TokenInfo } from '../../../shared/token-info';
import { matchesBoardSearch, parseSearch } from '../../../renderer/src/board-search';
import { arrangeBoard } from '../../../renderer/src/board-view';

const NOW = 1_800_000_000_000;
const MINUTE = 60_000;
let nextId = 0;

function profile(name: string, token: TokenInfo, extra: Partial<Pick<ProfileView, 'pinned' | 'tags' | 'secret'>> = {}): ProfileView {
  return {
    kind: 'client_credentials',
    id: `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`,
    name,
    baseUrl: 'https://api.butlr.io',
    clientId: `${name.toLowerCase()}-client`,
    audience: 'https://butlrauth/',
    createdAt: 0,
    notes: '',
    tags: extra.tags ?? [],
    color: null,
    pinned: extra.pinned ?? false,
    lastUsedAt: null,
    secret: extra.secret ?? 'set',
    damage: null,
    token,
    autoRefresh: false,
    nextRefreshAt: null,
  } as ProfileView;
}

const issued = (expiresAt: number | null): TokenInfo => ({ state: 'issued', obtainedAt: NOW - 30 * MINUTE, expiresAt });
const failed = (code: 'server_error' | 'rejected_credentials'): TokenInfo => ({ state: 'failed', failedAt: NOW, error: { code, message: 'It failed.' }, previous: null });

const valid = profile('Valid', issued(NOW + 30 * MINUTE), { tags: ['prod'] });
const unknownExpiry = profile('Unknown', issued(null));
const expiring = profile('Expiring', issued(NOW + 2 * MINUTE), { pinned: true, tags: ['prod'] });
const expired = profile('Expired', issued(NOW - MINUTE));
const none = profile('Fresh', { state: 'none' }, { pinned: true });
const busy = profile('Busy', failed('server_error'));
const rejected = profile('Rejected', failed('rejected_credentials'));
const needsSecret = profile('Moved', issued(NOW + 30 * MINUTE), { secret: 'missing' });
const everyone = [valid, unknownExpiry, expiring, expired, none, busy, rejected, needsSecret];

const shown = (query: string, expiringSoonMs?: number): string[] =>
  arrangeBoard(everyone, { query, sort: 'manual', group: 'none', now: NOW, ...(expiringSoonMs === undefined ? {} : { expiringSoonMs }) })
    .flatMap((group) => group.profiles)
    .map((each) => each.name);

describe('parseSearch', () => {
  it('splits words from is: filters, ignoring case and repeats', () => {
    expect(parseSearch('  Prod IS:Expired is:failed is:expired  eu ')).toEqual({ words: ['prod', 'eu'], urlWords: [], states: ['expired', 'failed'], pinned: false });
    expect(parseSearch('is:pinned')).toEqual({ words: [], urlWords: [], states: [], pinned: true });
    expect(parseSearch('')).toEqual({ words: [], urlWords: [], states: [], pinned: false });
  });

  it('keeps an is: it does not know as a word, and every filter it does', () => {
    expect(parseSearch('is:broken is:')).toEqual({ words: ['is:broken', 'is:'], urlWords: [], states: [], pinned: false });
    expect(parseSearch('is:valid is:expiring is:expired is:failed is:none').states).toEqual(['valid', 'expiring', 'expired', 'failed', 'none']);
  });
});

describe('url: words', () => {
  const staging = profile('Staging', issued(NOW + 30 * MINUTE));
  const elsewhere = { ...staging, name: 'Elsewhere', baseUrl: 'https://staging.example.com/butlr' } as ProfileView;

  it('reads url: and host:, the name earlier versions gave it, as words for the base URL only', () => {
    expect(parseSearch('url:Staging HOST:example prod')).toEqual({ words: ['prod'], urlWords: ['staging', 'example'], states: [], pinned: false });
    expect(parseSearch('url:').words).toEqual(['url:']);
  });

  it('matches the whole base URL, path included, and nothing else', () => {
    expect(matchesBoardSearch(elsewhere, parseSearch('url:staging'), NOW)).toBe(true);
    expect(matchesBoardSearch(elsewhere, parseSearch('host:/butlr'), NOW)).toBe(true);
    // A plain word finds the name as well; url: does not.
    expect(matchesBoardSearch(staging, parseSearch('staging'), NOW)).toBe(true);
    expect(matchesBoardSearch(staging, parseSearch('url:staging'), NOW)).toBe(false);
  });
});

describe('is: filters on the board', () => {
  it('matches what the badge says: a token of unknown expiry is valid, a problem with the secret is not', () => {
    expect(shown('is:valid')).toEqual(['Valid', 'Unknown']);
    expect(shown('is:expiring')).toEqual(['Expiring']);
    expect(shown('is:expired')).toEqual(['Expired']);
    expect(shown('is:none')).toEqual(['Fresh']);
  });

  it('counts both kinds of failure as failed, and a secret that needs entering too', () => {
    expect(shown('is:failed')).toEqual(['Busy', 'Rejected', 'Moved']);
  });

  it('widens with each state filter, narrows with is:pinned and with words', () => {
    expect(shown('is:expired is:failed')).toEqual(['Expired', 'Busy', 'Rejected', 'Moved']);
    // Pinned profiles come first on the board whatever else.
    expect(shown('is:pinned')).toEqual(['Expiring', 'Fresh']);
    expect(shown('is:pinned is:none')).toEqual(['Fresh']);
    expect(shown('prod is:expiring')).toEqual(['Expiring']);
    expect(shown('prod is:valid')).toEqual(['Valid']);
    expect(shown('busy-client is:failed')).toEqual(['Busy']);
    expect(shown('is:pinned is:failed')).toEqual([]);
  });

  it('judges "expiring soon" by the person’s setting and the moment given', () => {
    // The pinned one first, as always.
    expect(shown('is:expiring', 60 * MINUTE)).toEqual(['Expiring', 'Valid']);
    expect(matchesBoardSearch(valid, parseSearch('is:expired'), NOW + 31 * MINUTE)).toBe(true);
    expect(matchesBoardSearch(valid, parseSearch('is:valid'), NOW + 31 * MINUTE)).toBe(false);
  });
});
