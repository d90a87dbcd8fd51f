import { describe, expect, it } from 'vitest';
import { dueExpiryReminders, REMIND_BEFORE_MS } from '../../../../../electron/core/desktop/expiry-reminders';
import type { ProfileView } from '../../../../../shared/profile';

const NOW = 1_750_000_000_000;

const pinned = (expiresAt: number, overrides: Partial<ProfileView> = {}): ProfileView =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'client_credentials',
    name: 'Staging',
    clientId: 'c',
    audience: 'a',
    baseUrl: 'https://api.butlr.io',
    createdAt: 0,
    notes: '',
    tags: [],
    color: null,
    pinned: true,
    lastUsedAt: null,
    secret: 'set',
    autoRefresh: false,
    nextRefreshAt: null,
    token: { state: 'issued', obtainedAt: NOW - 3_000_000, expiresAt },
    ...overrides,
  }) as ProfileView;

describe('dueExpiryReminders', () => {
  it('reminds once per token when a pinned token without auto-refresh is about to expire', () => {
    const reminded = new Set<string>();
    const due = dueExpiryReminders([pinned(NOW + 90_000)], NOW, reminded);
    expect(due).toEqual([{ profileId: '00000000-0000-4000-8000-000000000001', title: '“Staging”: token expires in 2 min', body: expect.stringContaining('auto-refresh') }]);
    expect(dueExpiryReminders([pinned(NOW + 90_000)], NOW + 1000, reminded)).toEqual([]);
  });

  it('reminds again for the next token', () => {
    const reminded = new Set<string>();
    dueExpiryReminders([pinned(NOW + 90_000)], NOW, reminded);
    const renewed = pinned(NOW + 3_690_000, { token: { state: 'issued', obtainedAt: NOW + 90_000, expiresAt: NOW + 3_690_000 } });
    expect(dueExpiryReminders([renewed], NOW + 3_600_000, reminded)).toHaveLength(1);
  });

  it('stays quiet too early, after expiry, for unpinned profiles and when auto-refresh will renew', () => {
    const reminded = new Set<string>();
    expect(dueExpiryReminders([pinned(NOW + REMIND_BEFORE_MS + 1)], NOW, reminded)).toEqual([]);
    expect(dueExpiryReminders([pinned(NOW - 1)], NOW, reminded)).toEqual([]);
    expect(dueExpiryReminders([pinned(NOW + 60_000, { pinned: false })], NOW, reminded)).toEqual([]);
    expect(dueExpiryReminders([pinned(NOW + 60_000, { autoRefresh: true })], NOW, reminded)).toEqual([]);
  });
});
