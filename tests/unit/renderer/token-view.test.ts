// What a row says about its token, pure: the badge, its tone and the problem sentence for each token state.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../shared/profile';
import type { TokenInfo } from '../../../shared/token-info';
import { offersRetry } from '../../../renderer/src/profile-attention';
import { describeProblem, describeToken } from '../../../renderer/src/token-view';
import { sampleProfileView } from '../../fixtures/profile-view';

const NOW = 1_800_000_000_000;
const HOUR = 3_600_000;
const NOT_SAVED = 'The token works, but it could not be saved to disk, so it will be gone after a restart.';

function profile(token: TokenInfo, secret: ProfileView['secret'] = 'set', damage: ProfileView['damage'] = null): ProfileView {
  return sampleProfileView({ token, secret, damage });
}

const issued = (expiresAt: number, saveError?: string): TokenInfo => ({
  state: 'issued',
  obtainedAt: NOW - HOUR / 2,
  expiresAt,
  ...(saveError ? { saveError: { code: 'storage', message: saveError } } : {}),
});

describe('a row’s token', () => {
  it('reads Valid in the good tone, with no problem, when the token is saved', () => {
    const view = describeToken(profile(issued(NOW + HOUR / 2)), NOW);
    expect(view).toMatchObject({ label: 'Valid', tone: 'good', countdown: 'expires in 30:00', problem: null });
    expect(describeProblem(profile(issued(NOW + HOUR / 2)))).toBeNull();
  });

  it('still reads Valid when the token could not be saved, but in the warning tone and saying why', () => {
    const notSaved = profile(issued(NOW + HOUR / 2, NOT_SAVED));
    expect(describeToken(notSaved, NOW)).toMatchObject({ label: 'Valid', tone: 'warning', countdown: 'expires in 30:00', problem: NOT_SAVED });
    expect(describeProblem(notSaved)).toBe(NOT_SAVED);
  });

  it('keeps Expired and Expiring soon as they are when the token was not saved, with the sentence', () => {
    expect(describeToken(profile(issued(NOW + 60_000, NOT_SAVED)), NOW)).toMatchObject({ label: 'Expiring soon', tone: 'warning', problem: NOT_SAVED });
    expect(describeToken(profile(issued(NOW - 60_000, NOT_SAVED)), NOW)).toMatchObject({ label: 'Expired', tone: 'neutral', problem: NOT_SAVED });
  });

  it('leads with a missing secret over a token that was not saved', () => {
    const view = describeToken(profile(issued(NOW + HOUR / 2, NOT_SAVED), 'missing'), NOW);
    expect(view.label).toBe('Needs secret');
    expect(view.problem).toBe('“Production”: No client secret is saved. Enter it to get tokens.');
  });

  it('asks to confirm a secret reference rather than for a secret, naming the program it would run', () => {
    const waiting = { ...profile({ state: 'none' }, 'missing'), secretReference: { preset: '1password', executable: '/usr/local/bin/op', reference: 'op://Team/Butlr/credential' } } as const;
    const view = describeToken(waiting, NOW);
    expect(view).toMatchObject({ state: 'needs-you', label: 'Confirm secret reference', tone: 'danger' });
    expect(view.problem).toBe('“Production”: The client secret is read by running op, which is not confirmed on this computer yet. Edit the profile and save it to confirm.');
    expect(describeProblem(waiting)).toBe(view.problem);
    const custom: ProfileView = { ...waiting, secretReference: { preset: 'custom', executable: 'C:\\Tools\\get-secret.exe', args: [] } };
    expect(describeToken(custom, NOW).problem).toMatch(/^“Production”: The client secret is read by running get-secret\.exe, which/);
    // Confirmed, it is like any secret that is set.
    expect(describeToken({ ...waiting, secret: 'set' }, NOW)).toMatchObject({ label: 'No token yet', problem: null });
  });

  it('asks to confirm a reference again, never to type a secret, when it changed outside the app or its confirmation cannot be read', () => {
    const reference = { preset: '1password', executable: '/usr/local/bin/op', reference: 'op://Team/Butlr/credential' } as const;
    const changed = describeToken({ ...profile({ state: 'none' }, 'server_changed'), secretReference: reference }, NOW);
    expect(changed).toMatchObject({ state: 'needs-you', label: 'Changed outside the app — confirm reference', tone: 'danger' });
    expect(changed.problem).toBe('“Production”: The client secret is read by running op, but the profile changed outside the app, so it is not run. Edit the profile and save it to confirm.');
    const unreadable = describeToken({ ...profile({ state: 'none' }, 'unreadable'), secretReference: reference }, NOW);
    expect(unreadable).toMatchObject({ label: 'Confirm secret reference', problem: '“Production”: The client secret is read by running op, but this computer cannot decrypt its confirmation. Edit the profile and save it to confirm.' });
    // Waiting for the keyring is the keyring's problem, whatever the secret's source.
    expect(describeToken({ ...profile({ state: 'none' }, 'waiting'), secretReference: reference }, NOW)).toMatchObject({ state: 'temporary', label: 'Waiting for the keyring' });
  });

  it('leads with a secret sealed for another server, saying to enter it again, while the countdown stays', () => {
    const view = describeToken(profile(issued(NOW + HOUR / 2), 'server_changed'), NOW);
    expect(view).toMatchObject({ label: 'Changed outside the app — re-enter secret', tone: 'danger', countdown: 'expires in 30:00' });
    expect(view.problem).toBe('“Production”: The base URL or sign-in changed outside the app; enter the secret again.');
    expect(describeProblem(profile(issued(NOW + HOUR / 2), 'server_changed'))).toBe(view.problem);
  });

  it('leads with a damaged profile over every other problem, with the reason main gave', () => {
    const damage = { code: 'profile_damaged' as const, message: 'The base URL in profiles.json was changed outside the app, so this profile is not used.', field: 'baseUrl' };
    const damaged = profile(issued(NOW + HOUR / 2, NOT_SAVED), 'server_changed', damage);
    expect(describeToken(damaged, NOW)).toMatchObject({ label: 'Damaged — edit it', tone: 'danger', problem: `“Production”: ${damage.message}` });
    expect(describeProblem(damaged)).toBe(`“Production”: ${damage.message}`);
  });

  it('reads “Failed — temporary” in amber, with the previous token’s time left, when Butlr was busy or unreachable', () => {
    for (const code of ['server_error', 'rate_limited', 'network', 'timeout'] as const) {
      const failed: TokenInfo = { state: 'failed', failedAt: NOW, error: { code, message: 'Butlr had a problem.' }, previous: { obtainedAt: NOW - HOUR / 2, expiresAt: NOW + HOUR / 2 } };
      expect(describeToken(profile(failed), NOW)).toMatchObject({
        state: 'temporary',
        label: 'Failed — temporary',
        tone: 'warning',
        countdown: 'old token, 30:00 left',
        problem: 'Butlr had a problem.',
      });
    }
  });

  it('says when main will try again by itself, counting down, in place of the time left', () => {
    const retrying = (retryAt: number): TokenInfo => ({
      state: 'failed',
      failedAt: NOW,
      error: { code: 'rate_limited', message: 'Butlr is limiting sign-ins.', retryAfterSeconds: 12 },
      previous: { obtainedAt: NOW - HOUR / 2, expiresAt: NOW + HOUR / 2 },
      retryAt,
    });
    expect(describeToken(profile(retrying(NOW + 12_000)), NOW)).toMatchObject({ state: 'temporary', tone: 'warning', countdown: 'retrying in 12 s' });
    expect(describeToken(profile(retrying(NOW + 12_000)), NOW + 11_500).countdown).toBe('retrying in 1 s');
    expect(describeToken(profile(retrying(NOW + 12_000)), NOW + 12_000).countdown).toBe('retrying now');
    expect(describeToken(profile(retrying(NOW + 125_000)), NOW).countdown).toBe('retrying in 2 min 5 s');
    expect(describeToken(profile(retrying(NOW + 300_000)), NOW).countdown).toBe('retrying in 5 min');
  });

  it('offers Retry for a failure that passes, and not where the profile needs something else first', () => {
    const failed = (code: 'rate_limited' | 'network' | 'timeout' | 'server_error' | 'rejected_credentials' | 'tls'): TokenInfo => ({
      state: 'failed',
      failedAt: NOW,
      error: { code, message: 'It failed.' },
      previous: null,
    });
    for (const code of ['rate_limited', 'network', 'timeout', 'server_error'] as const) expect(offersRetry(profile(failed(code)))).toBe(true);
    for (const code of ['rejected_credentials', 'tls'] as const) expect(offersRetry(profile(failed(code)))).toBe(false);
    expect(offersRetry(profile(failed('rate_limited'), 'missing'))).toBe(false);
    expect(offersRetry(profile(failed('rate_limited'), 'set', { code: 'profile_damaged', message: 'Damaged.' }))).toBe(false);
    expect(offersRetry(profile({ state: 'none' }))).toBe(false);
    expect(offersRetry(profile(issued(NOW + HOUR)))).toBe(false);
  });

  it('reads “Failed — needs attention” in red when only the person can fix it', () => {
    for (const code of ['rejected_credentials', 'http_error', 'invalid_response', 'tls'] as const) {
      const failed: TokenInfo = { state: 'failed', failedAt: NOW, error: { code, message: 'Check the credentials.' }, previous: null };
      expect(describeToken(profile(failed), NOW)).toMatchObject({ state: 'needs-you', label: 'Failed — needs attention', tone: 'danger', countdown: 'no usable token' });
    }
  });

  it('names each state for its icon: valid, expiring, expired, none, and needs-you for every problem with the secret', () => {
    const states = (token: TokenInfo, secret: ProfileView['secret'] = 'set') => describeToken(profile(token, secret), NOW).state;
    expect(states(issued(NOW + HOUR / 2))).toBe('valid');
    expect(states({ state: 'issued', obtainedAt: NOW, expiresAt: null })).toBe('valid');
    expect(states(issued(NOW + 60_000))).toBe('expiring');
    expect(states(issued(NOW - 60_000))).toBe('expired');
    expect(states({ state: 'none' })).toBe('none');
    for (const secret of ['missing', 'unreadable', 'server_changed'] as const) {
      expect(describeToken(profile(issued(NOW + HOUR / 2), secret), NOW)).toMatchObject({ state: 'needs-you', tone: 'danger' });
    }
  });

  it('reads a keyring not ready yet as temporary: waiting, with nothing to re-enter', () => {
    const view = describeToken(profile({ state: 'none' }, 'waiting'), NOW);
    expect(view).toMatchObject({ state: 'temporary', label: 'Waiting for the keyring', tone: 'warning' });
    expect(view.problem).toMatch(/^“Production”: The system keyring is locked or not ready yet\. The saved client secret is kept/);
    expect(view.problem).not.toMatch(/enter it again/i);
  });
});
