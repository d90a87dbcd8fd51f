import { describe, expect, it } from 'vitest';
import { buildTrayMenuModel, TRAY_PROFILE_LIMIT, trayLabel } from '../../../../../electron/core/desktop/tray-menu-model';
import type { ProfileView } from '../../../../../shared/profile';
import { sampleProfileView } from '../../../../fixtures/profile-view';

const NOW = 1_750_000_000_000;
const MINUTE = 60_000;
const SOON = 5 * MINUTE;

function profile(overrides: Partial<ProfileView> & { name: string }): ProfileView {
  return sampleProfileView({ id: `00000000-0000-4000-8000-${String(overrides.name.length).padStart(12, '0')}`, clientId: 'demo-client', createdAt: NOW, ...overrides } as Partial<ProfileView>);
}

describe('trayLabel', () => {
  it('says the state and the time left in words and mm:ss', () => {
    expect(trayLabel(profile({ name: 'A' }), NOW, SOON)).toBe('A — no token yet');
    expect(trayLabel(profile({ name: 'A', token: { state: 'issued', obtainedAt: NOW, expiresAt: NOW + 42 * MINUTE } }), NOW, SOON)).toBe('A — valid, 42:00');
    expect(trayLabel(profile({ name: 'A', token: { state: 'issued', obtainedAt: NOW, expiresAt: NOW + 2 * MINUTE } }), NOW, SOON)).toBe('A — expiring, 02:00');
    expect(trayLabel(profile({ name: 'A', token: { state: 'issued', obtainedAt: NOW - 9 * MINUTE, expiresAt: NOW - 3 * MINUTE } }), NOW, SOON)).toBe('A — expired 3 m ago');
    expect(trayLabel(profile({ name: 'A', token: { state: 'issued', obtainedAt: NOW, expiresAt: null } }), NOW, SOON)).toBe('A — valid, expiry unknown');
  });

  it('leads with a missing or unreadable secret, whatever the token says', () => {
    expect(trayLabel(profile({ name: 'A', secret: 'missing' }), NOW, SOON)).toBe('A — needs secret');
    expect(trayLabel(profile({ name: 'A', secret: 'unreadable' }), NOW, SOON)).toBe('A — secret unreadable');
    expect(trayLabel(profile({ name: 'A', secret: 'server_changed' }), NOW, SOON)).toBe('A — changed outside the app, re-enter secret');
  });

  it('says a secret reference waits to be confirmed, as the row does, and does not offer to copy it', () => {
    const waiting = profile({ name: 'A', secret: 'missing', secretReference: { preset: 'doppler', executable: '/usr/bin/doppler', secretName: 'BUTLR_CLIENT_SECRET' } });
    expect(trayLabel(waiting, NOW, SOON)).toBe('A — confirm secret reference');
    expect(buildTrayMenuModel([waiting], NOW, SOON).items[0]).toMatchObject({ kind: 'profile', label: 'A — confirm secret reference', enabled: false });
  });

  it('says a reference changed outside the app, or whose confirmation this computer cannot read, is to be confirmed again', () => {
    const secretReference = { preset: 'doppler', executable: '/usr/bin/doppler', secretName: 'BUTLR_CLIENT_SECRET' } as const;
    expect(trayLabel(profile({ name: 'A', secret: 'server_changed', secretReference }), NOW, SOON)).toBe('A — changed outside the app, confirm reference');
    expect(trayLabel(profile({ name: 'A', secret: 'unreadable', secretReference }), NOW, SOON)).toBe('A — confirm secret reference');
    expect(trayLabel(profile({ name: 'A', secret: 'server_changed' }), NOW, SOON)).toBe('A — changed outside the app, re-enter secret');
  });

  it('leads with a damaged profile, and offers no copy for it', () => {
    const damaged = profile({ name: 'A', damage: { code: 'profile_damaged', message: 'x' } });
    expect(trayLabel(damaged, NOW, SOON)).toBe('A — damaged, edit it');
    expect(buildTrayMenuModel([damaged], NOW, SOON).items[0]).toMatchObject({ kind: 'profile', enabled: false });
  });

  it('shows a failure with the older token still usable', () => {
    const failed = profile({
      name: 'A',
      token: { state: 'failed', failedAt: NOW, error: { code: 'network', message: 'x' }, previous: { obtainedAt: NOW - MINUTE, expiresAt: NOW + 10 * MINUTE } },
    });
    expect(trayLabel(failed, NOW, SOON)).toBe('A — failed, old token 10:00');
  });
});

describe('buildTrayMenuModel', () => {
  it('puts pinned profiles first, keeps list order otherwise, and ends with open, switcher and quit', () => {
    const model = buildTrayMenuModel([profile({ name: 'A' }), profile({ name: 'BB', pinned: true })], NOW, SOON);
    expect(model.items.map((item) => (item.kind === 'separator' ? '---' : item.label))).toEqual([
      'BB — no token yet',
      'A — no token yet',
      '---',
      'Open Butlr Credentials',
      'Quick switcher',
      '---',
      'Quit',
    ]);
  });

  it('cannot copy from a profile without a usable secret', () => {
    const [item] = buildTrayMenuModel([profile({ name: 'A', secret: 'missing' })], NOW, SOON).items;
    expect(item).toMatchObject({ kind: 'profile', enabled: false });
  });

  it('caps the list and points to the quick switcher for the rest', () => {
    const many = Array.from({ length: TRAY_PROFILE_LIMIT + 3 }, (_, index) => profile({ name: `P${index}`.padEnd(index + 2, 'x') }));
    const items = buildTrayMenuModel(many, NOW, SOON).items;
    expect(items.filter((item) => item.kind === 'profile')).toHaveLength(TRAY_PROFILE_LIMIT);
    expect(items).toContainEqual({ kind: 'action', action: 'switcher', label: '3 more… (quick switcher)' });
  });

  it('offers to open the app when there are no profiles, and counts valid tokens in the tooltip', () => {
    expect(buildTrayMenuModel([], NOW, SOON).items[0]).toEqual({ kind: 'action', action: 'open', label: 'No profiles yet — open the app to add one' });
    const valid = profile({ name: 'A', token: { state: 'issued', obtainedAt: NOW, expiresAt: NOW + MINUTE * 30 } });
    expect(buildTrayMenuModel([valid, profile({ name: 'BB' })], NOW, SOON).tooltip).toBe('Butlr Credentials — 1 of 2 tokens valid');
  });
});
