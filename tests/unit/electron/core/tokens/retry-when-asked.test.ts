// The retry a person waiting for a token gets when Butlr is busy and says when to come back (`Retry-After`): on a manual
// clock through the real core against the fake Butlr, each case counting the sign-ins Butlr saw.
import { afterEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { TokenInfo } from '../../../../../shared/token-info';
import { fakeScripts } from '../../../../fixtures/fake-butlr-server';
import { activityOf, copyToken, errorOf, fetchToken, valueOf } from '../core-test-kit';
import { MINUTE, SECOND, START, startAutoRefreshHarness, type AutoRefreshHarness } from './auto-refresh-harness';

let h: AutoRefreshHarness;

afterEach(() => h.dispose());

const token = async (): Promise<TokenInfo> => (await h.view()).token;
const retryAt = async (): Promise<number | undefined> => {
  const info = await token();
  return info.state === 'failed' ? info.retryAt : undefined;
};

/** Moves the clock to just before `at`, checks Butlr heard nothing new, then to `at`, and returns how many sign-ins it heard then. */
async function waitUntil(at: number): Promise<number> {
  const before = h.butlr.requests.length;
  await h.clock.advanceTo(at - 1);
  expect(h.butlr.requests, 'nothing before the time Butlr named').toHaveLength(before);
  await h.clock.advanceTo(at);
  return h.butlr.requests.length - before;
}

describe('a sign-in the person asked for, answered with Retry-After', () => {
  it('is tried again when Butlr said (429, seconds), and the success shows as the new state', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterSeconds(429, 12));
    const error = errorOf(await copyToken(h.test, h.profileId), 'rate_limited');
    expect(error.message).toMatch(/^“Production”: .* is limiting sign-ins right now .*It asked to wait 12 s/);
    expect(await token()).toEqual({ state: 'failed', failedAt: START, previous: null, error, retryAt: START + 12 * SECOND });

    h.butlr.setScript(null);
    const changesBefore = h.test.events.filter((event) => event.channel === 'tokens:changed').length;
    expect(await waitUntil(START + 12 * SECOND)).toBe(1);
    expect(await token()).toEqual({ state: 'issued', obtainedAt: START + 12 * SECOND, expiresAt: START + 12 * SECOND + 3600 * SECOND });
    expect(h.test.events.filter((event) => event.channel === 'tokens:changed').length).toBeGreaterThan(changesBefore);
    expect((await activityOf(h.test, h.profileId)).slice(0, 2)).toEqual([
      { at: START + 12 * SECOND, kind: 'renewed', trigger: 'retry' },
      { at: START, kind: 'failed', trigger: 'copy', code: 'rate_limited' },
    ]);
    // The retry got the token; it copied nothing behind the person's back.
    expect(h.test.clipboard).toEqual([]);
    expect(h.clock.pendingTimers()).toEqual([]);
  });

  it('reads an HTTP date too (503 after Get token)', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterDate(503, 30));
    errorOf(await fetchToken(h.test, h.profileId), 'server_error');
    expect(await retryAt()).toBe(START + 30 * SECOND);
    h.butlr.setScript(null);
    expect(await waitUntil(START + 30 * SECOND)).toBe(1);
    expect((await token()).state).toBe('issued');
  });

  it('keeps Butlr’s pace while the ask is under a minute old, then leaves it to the person', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterSeconds(429, 25));
    errorOf(await copyToken(h.test, h.profileId), 'rate_limited');
    // Failures at 0 s, 25 s and 50 s each plan the next; the one at 75 s comes more than a minute after the ask.
    expect(await waitUntil(START + 25 * SECOND)).toBe(1);
    expect(await waitUntil(START + 50 * SECOND)).toBe(1);
    expect(await waitUntil(START + 75 * SECOND)).toBe(1);
    const info = await token();
    expect(info).toEqual(expect.objectContaining({ state: 'failed', failedAt: START + 75 * SECOND }));
    expect(await retryAt()).toBeUndefined();
    await h.clock.advance(10 * MINUTE);
    expect(h.butlr.requests).toHaveLength(4);
  });

  it('is not planned when the person asked more than a minute before the failure', async () => {
    h = await startAutoRefreshHarness();
    // A sign-in slower than a minute: the person asked, and has long moved on when Butlr's answer comes.
    valueOf(await h.test.invoke(ipcChannels.updateSettings, { requestTimeoutSeconds: 120 }));
    h.butlr.setScript(({ send }) => setTimeout(() => send(429, { error: 'too_many_requests' }, { 'retry-after': '10' }), 50));
    const asked = START;
    const answer = fetchToken(h.test, h.profileId);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await h.clock.advanceTo(asked + MINUTE + SECOND);
    errorOf(await answer, 'rate_limited');
    expect(await token()).toEqual(expect.objectContaining({ state: 'failed', failedAt: asked + MINUTE + SECOND }));
    expect(await retryAt()).toBeUndefined();
    expect(h.clock.pendingTimers()).toEqual([]);
  });

  it.each([
    ['longer than 5 minutes', '301'],
    ['a word', 'soon'],
    ['a negative number', '-5'],
    ['a decimal', '1.5'],
  ])('is not planned for a Retry-After that is %s', async (_label, header) => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.status(429, { error: 'too_many_requests' }, { 'retry-after': header }));
    errorOf(await copyToken(h.test, h.profileId), 'rate_limited');
    expect(await retryAt()).toBeUndefined();
    await h.clock.advance(10 * MINUTE);
    expect(h.butlr.requests).toHaveLength(1);
  });

  it('waits 5 s for a Retry-After of 0 or a date already past, rather than at once', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterDate(503, -30));
    errorOf(await copyToken(h.test, h.profileId), 'server_error');
    expect(await retryAt()).toBe(START + 5 * SECOND);
  });

  it('is planned anew when the person asks again (Retry), and dropped when that succeeds', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterSeconds(429, 40));
    errorOf(await copyToken(h.test, h.profileId), 'rate_limited');
    await h.clock.advance(10 * SECOND);
    h.butlr.setScript(fakeScripts.retryAfterSeconds(429, 20));
    errorOf(await fetchToken(h.test, h.profileId), 'rate_limited');
    expect(await retryAt()).toBe(START + 30 * SECOND);
    h.butlr.setScript(null);
    valueOf(await fetchToken(h.test, h.profileId));
    expect(h.clock.pendingTimers()).toEqual([]);
    await h.clock.advance(MINUTE);
    expect(h.butlr.requests).toHaveLength(3);
  });

  it('is left to auto-refresh, which waits as long itself, for a profile with auto-refresh on', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterSeconds(429, 30));
    errorOf(await copyToken(h.test, h.profileId), 'rate_limited');
    await h.enable();
    // Turning it on signed in at once (no token held), which failed the same way: the schedule's retry replaces the person's.
    expect(h.butlr.requests).toHaveLength(2);
    expect(await retryAt()).toBeUndefined();
    expect(await h.nextRefreshAt()).toBe(START + 30 * SECOND);
    h.butlr.setScript(null);
    expect(await waitUntil(START + 30 * SECOND)).toBe(1);
  });
});

describe('a planned retry', () => {
  it('is dropped when the profile is deleted, and not brought back by Undo', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterSeconds(429, 12));
    errorOf(await copyToken(h.test, h.profileId), 'rate_limited');
    valueOf(await h.test.invoke(ipcChannels.deleteProfile, { id: h.profileId }));
    expect(h.clock.pendingTimers().filter((at) => at === START + 12 * SECOND)).toEqual([]);
    valueOf(await h.test.invoke(ipcChannels.restoreProfile, { id: h.profileId }));
    expect(await retryAt()).toBeUndefined();
    h.butlr.setScript(null);
    await h.clock.advance(MINUTE);
    expect(h.butlr.requests).toHaveLength(1);
  });

  it.each([
    ['a new secret', { clientSecret: 'another-secret' }],
    ['a new client ID', { clientId: 'another-client' }],
  ])('is dropped when the profile is edited with %s', async (_label, changes) => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterSeconds(429, 12));
    errorOf(await copyToken(h.test, h.profileId), 'rate_limited');
    const secret = 'clientSecret' in changes ? { secret: changes.clientSecret } : changes;
    valueOf(await h.test.invoke(ipcChannels.updateProfile, { id: h.profileId, changes: secret }));
    expect(await retryAt()).toBeUndefined();
    expect(h.clock.pendingTimers()).toEqual([]);
    await h.clock.advance(MINUTE);
    expect(h.butlr.requests).toHaveLength(1);
  });

  it('stays through a rename: the same sign-in is still what the person is waiting for', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterSeconds(429, 12));
    errorOf(await copyToken(h.test, h.profileId), 'rate_limited');
    valueOf(await h.test.invoke(ipcChannels.updateProfile, { id: h.profileId, changes: { name: 'Renamed' } }));
    const info = await token();
    expect(info).toEqual(expect.objectContaining({ state: 'failed', retryAt: START + 12 * SECOND }));
    // The failure is told under the name the profile has now.
    expect(info.state === 'failed' && info.error.message.startsWith('“Renamed”: ')).toBe(true);
    h.butlr.setScript(null);
    expect(await waitUntil(START + 12 * SECOND)).toBe(1);
    expect((await token()).state).toBe('issued');
  });
});
