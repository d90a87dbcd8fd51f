// The board's arrangement, pure: search across name, tag, base URL and principal; sorts; pinned first; groups with their members.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../shared/profile';
import { arrangeBoard, matchesSearch, sortProfiles } from '../../../renderer/src/board-view';
import { formatLastUsed } from '../../../renderer/src/time-format';

let nextId = 0;
function profile(name: string, extra: Partial<Record<'baseUrl' | 'clientId', string>> & { tags?: string[]; pinned?: boolean; lastUsedAt?: number | null; expiresAt?: number | null } = {}): ProfileView {
  const id = `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;
  return {
    kind: 'client_credentials',
    id,
    name,
    baseUrl: extra.baseUrl ?? 'https://api.butlr.io',
    clientId: extra.clientId ?? 'client',
    audience: 'https://butlrauth/',
    createdAt: 0,
    notes: '',
    tags: extra.tags ?? [],
    color: null,
    pinned: extra.pinned ?? false,
    lastUsedAt: extra.lastUsedAt ?? null,
    secret: 'set',
    token: extra.expiresAt === undefined ? { state: 'none' } : { state: 'issued', obtainedAt: 0, expiresAt: extra.expiresAt },
    autoRefresh: false,
    nextRefreshAt: null,
  } as ProfileView;
}

describe('board view', () => {
  const a = profile('Alpha', { tags: ['prod'], expiresAt: 5000, lastUsedAt: 10 });
  const b = profile('beta', { baseUrl: 'https://eu.butlr.io', clientId: 'beta-client', expiresAt: 1000 });
  const c = profile('Gamma', { tags: ['staging'], pinned: true, lastUsedAt: 20 });

  it('matches every word against name, tag, base URL and client id, ignoring case', () => {
    expect(matchesSearch(a, 'PROD')).toBe(true);
    expect(matchesSearch(b, 'eu.butlr beta-CLIENT')).toBe(true);
    expect(matchesSearch(c, 'gamma prod')).toBe(false);
    expect(matchesSearch(c, '  ')).toBe(true);
  });

  it('sorts as asked with pinned profiles first', () => {
    const names = (sort: Parameters<typeof sortProfiles>[1]) => sortProfiles([a, b, c], sort).map((each) => each.name);
    expect(names('manual')).toEqual(['Gamma', 'Alpha', 'beta']);
    expect(names('name')).toEqual(['Gamma', 'Alpha', 'beta']);
    expect(names('expiry')).toEqual(['Gamma', 'beta', 'Alpha']);
    expect(names('lastUsed')).toEqual(['Gamma', 'Alpha', 'beta']);
  });

  it('groups by base URL or first tag, pinned in a group of their own', () => {
    const groups = arrangeBoard([a, b, c], { query: '', sort: 'name', group: 'baseUrl' });
    expect(groups.map((group) => [group.label, group.profiles.map((each) => each.name)])).toEqual([
      ['Pinned', ['Gamma']],
      ['api.butlr.io', ['Alpha']],
      ['eu.butlr.io', ['beta']],
    ]);
    expect(arrangeBoard([a, b], { query: '', sort: 'manual', group: 'tag' }).map((group) => group.label)).toEqual(['prod', 'No tag']);
    expect(arrangeBoard([a, b, c], { query: '', sort: 'manual', group: 'none' })).toHaveLength(1);
  });

  it('says when a profile was last used, in the row’s short units', () => {
    expect(formatLastUsed(null, 0)).toBe('never used');
    expect(formatLastUsed(0, 59_000)).toBe('last used just now');
    expect(formatLastUsed(0, 3 * 60_000)).toBe('last used 3 m ago');
    expect(formatLastUsed(0, 5 * 3_600_000)).toBe('last used 5 h ago');
    expect(formatLastUsed(0, 3 * 86_400_000)).toBe('last used 3 d ago');
  });
});
