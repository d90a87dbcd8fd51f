// The row's secret action: what the button on a row that cannot sign in says, or that there is none. A secret that is
// only waiting for the keyring has none: nothing is lost, and typing it again would be asked for nothing.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../shared/profile';
import { secretActionLabel } from '../../../renderer/src/use-profile-row';
import { sampleProfileView } from '../../fixtures/profile-view';

const reference = { preset: 'bitwarden', executable: '/usr/local/bin/bws', secretId: '2d0ca4a2-5f5e-4a0b-9d4c-0123456789ab' } as const;
const rejected: ProfileView['token'] = { state: 'failed', error: { code: 'rejected_credentials', message: 'Rejected.' }, failedAt: 0, previous: null } as never;

describe('secretActionLabel', () => {
  it.each([
    ['set', null],
    ['missing', 'Enter secret'],
    ['unreadable', 'Enter secret'],
    ['server_changed', 'Enter secret'],
    ['waiting', null],
  ] as const)('for a stored secret that is %s: %s', (secret, label) => {
    expect(secretActionLabel(sampleProfileView({ secret }))).toBe(label);
  });

  it.each([
    ['set', null],
    ['missing', 'Confirm reference'],
    ['unreadable', 'Confirm reference'],
    ['server_changed', 'Confirm reference'],
    ['waiting', null],
  ] as const)('for a secret reference that is %s: %s', (secret, label) => {
    expect(secretActionLabel(sampleProfileView({ secret, secretReference: reference }))).toBe(label);
  });

  it('offers Update secret (or password) when Butlr rejected the credentials, and nothing on a damaged profile', () => {
    expect(secretActionLabel(sampleProfileView({ token: rejected }))).toBe('Update secret');
    expect(secretActionLabel(sampleProfileView({ kind: 'password', username: 'admin@example.com', token: rejected } as never))).toBe('Update password');
    expect(secretActionLabel(sampleProfileView({ secret: 'missing', damage: { code: 'profile_damaged', message: 'Damaged.' } as never }))).toBeNull();
  });
});
