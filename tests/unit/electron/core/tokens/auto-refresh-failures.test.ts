// Auto-refresh on a manual clock when renewal fails: backoff, Retry-After, needs-attention, re-checks, and the old token meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import { fakeScripts, type FakeFailure } from '../../../../fixtures/fake-butlr-server';
import { activityOf, copiedTexts, copyOutcomeOf, copyToken, errorOf, fetchToken, valueOf } from '../core-test-kit';
import { HOUR, MINUTE, SECOND, START, startAutoRefreshHarness, type AutoRefreshHarness } from './auto-refresh-harness';

let h: AutoRefreshHarness;

afterEach(() => h.dispose());

/** Waits out each planned retry in turn and returns the delays the schedule chose. */
async function retryDelays(count: number): Promise<number[]> {
  const delays: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const next = (await h.nextRefreshAt())!;
    expect(next, `retry ${index + 1} is planned`).not.toBeNull();
    delays.push(next - h.clock.now());
    const before = h.butlr.requests.length;
    await h.clock.advanceTo(next - 1);
    expect(h.butlr.requests, 'no request before the retry is due').toHaveLength(before);
    await h.clock.advance(1);
    expect(h.butlr.requests, 'one request when it is due').toHaveLength(before + 1);
  }
  return delays;
}

describe('backoff', () => {
  it('retries after 5 s, 10 s, 20 s … capped at 5 minutes', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setFailure('server_error');
    await h.enable();
    expect(h.butlr.requests).toHaveLength(1);
    const delays = await retryDelays(8);
    expect(delays).toEqual([5, 10, 20, 40, 80, 160, 300, 300].map((seconds) => seconds * SECOND));
    expect((await h.view()).token).toEqual(expect.objectContaining({ state: 'failed', previous: null, error: expect.objectContaining({ code: 'server_error' }) }));
    expect(h.butlr.maxConcurrent).toBe(1);
  });

  it.each([
    ['the lowest draw', 0, 0.8],
    ['the highest draw', 1 - Number.EPSILON, 1.2],
  ])('stays within 20 percent of each step with %s', async (_label, draw, factor) => {
    h = await startAutoRefreshHarness();
    h.draw = draw;
    h.butlr.setFailure('connection_reset');
    await h.enable();
    const delays = await retryDelays(7);
    expect(delays).toEqual([5, 10, 20, 40, 80, 160, 300].map((seconds) => Math.round(seconds * SECOND * factor)));
  });

  it('starts again from 5 s after a renewal succeeds', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setFailure('server_error');
    await h.enable();
    await retryDelays(3);
    h.butlr.setFailure(null);
    await h.clock.advanceTo((await h.nextRefreshAt())!);
    const token = (await h.view()).token;
    expect(token.state).toBe('issued');
    h.butlr.setFailure('server_error');
    await h.clock.advanceTo((await h.nextRefreshAt())!);
    expect((await h.nextRefreshAt())! - h.clock.now()).toBe(5 * SECOND);
  });

  it('records each failed attempt in the activity history as auto, with its code', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setFailure('server_error');
    await h.enable();
    await retryDelays(2);
    expect(await activityOf(h.test, h.profileId)).toEqual([
      { at: START + 15 * SECOND, kind: 'failed', trigger: 'auto', code: 'server_error' },
      { at: START + 5 * SECOND, kind: 'failed', trigger: 'auto', code: 'server_error' },
      { at: START, kind: 'failed', trigger: 'auto', code: 'server_error' },
    ]);
  });
});

describe('Retry-After', () => {
  it.each([
    ['429 with seconds', fakeScripts.retryAfterSeconds(429, 120), 120],
    ['429 with an HTTP date', fakeScripts.retryAfterDate(429, 150), 150],
    ['503 with seconds', fakeScripts.retryAfterSeconds(503, 45), 45],
    ['503 with an HTTP date', fakeScripts.retryAfterDate(503, 90), 90],
    ['429 asking for longer than the backoff cap', fakeScripts.retryAfterSeconds(429, 900), 900],
  ])('waits exactly as long as a %s asks, every time', async (_label, script, seconds) => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(script);
    await h.enable();
    expect(await retryDelays(3)).toEqual([seconds, seconds, seconds].map((s) => s * SECOND));
  });

  it('goes back to the exponential steps once Butlr stops sending Retry-After', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterSeconds(429, 120));
    await h.enable();
    h.butlr.setFailure('server_error');
    // Attempt 2 failed without Retry-After: its step is 10 s.
    expect(await retryDelays(2)).toEqual([120 * SECOND, 10 * SECOND]);
  });

  // A Retry-After date a little in the past (this computer's clock ahead of Butlr's) must not read as "retry now": that
  // would be a storm against a server that just said it is overloaded. See refresh-plan.test.ts for the pure case.
  it('does not retry in a tight loop when Retry-After has already passed', async () => {
    h = await startAutoRefreshHarness({ maxCallbacksPerAdvance: 20 });
    h.butlr.setScript(fakeScripts.retryAfterDate(503, -30));
    await h.enable();
    await h.clock.advance(10 * SECOND);
    expect(h.butlr.requests.length).toBeLessThanOrEqual(3);
  });
});

describe('credentials rejected', () => {
  const rejections: readonly [string, FakeFailure, number][] = [
    ['401 access_denied', 'reject', 401],
    ['401 invalid_client', 'invalid_client', 401],
    ['400 invalid_grant', 'invalid_grant', 400],
    ['403 access_denied', 'access_denied', 403],
  ];

  it.each(rejections)('stops retrying after %s and reports the profile as needing attention', async (_label, failure, status) => {
    h = await startAutoRefreshHarness();
    h.butlr.setFailure(failure);
    await h.enable();
    const view = await h.view();
    expect(view.nextRefreshAt).toBeNull();
    expect(view.autoRefresh).toBe(true);
    expect(view.token).toEqual({ state: 'failed', failedAt: START, previous: null, error: expect.objectContaining({ code: 'rejected_credentials', status }) });
    expect(h.clock.pendingTimers()).toEqual([]);
    await h.clock.advance(24 * HOUR);
    h.test.core.scheduler.recheck();
    await h.clock.advance(HOUR);
    expect(h.butlr.requests).toHaveLength(1);
  });

  it('stops when the renewal of a held token is rejected, and still copies that token while it lasts', async () => {
    h = await startAutoRefreshHarness();
    await h.enable();
    h.butlr.setFailure('invalid_client');
    await h.clock.advanceTo((await h.nextRefreshAt())!);
    expect(h.butlr.requests).toHaveLength(2);
    const view = await h.view();
    expect(view.nextRefreshAt).toBeNull();
    expect(view.token).toEqual(expect.objectContaining({ state: 'failed', previous: { obtainedAt: START, expiresAt: START + HOUR } }));
    expect(copyOutcomeOf(await copyToken(h.test, h.profileId))).toEqual({ expiresAt: START + HOUR, renewed: false });
    expect(copiedTexts(h.test)).toEqual([h.butlr.issuedTokens[0]]);
    await h.clock.advance(2 * HOUR);
    expect(h.butlr.requests).toHaveLength(2);
  });

  it('resumes after a successful Get token', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setFailure('invalid_client');
    await h.enable();
    expect(await h.nextRefreshAt()).toBeNull();
    await h.clock.advance(MINUTE);
    h.butlr.setFailure(null);
    valueOf(await fetchToken(h.test, h.profileId));
    const fixedAt = START + MINUTE;
    const next = (await h.nextRefreshAt())!;
    expect(next).toBe(Math.round(fixedAt + 0.8 * HOUR - 0.5 * MINUTE));
    await h.clock.advanceTo(next);
    expect(h.butlr.requests).toHaveLength(3);
    expect((await activityOf(h.test, h.profileId))[0]).toEqual({ at: next, kind: 'renewed', trigger: 'auto' });
  });

  it('stays stopped after a Get token that fails again', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setFailure('invalid_client');
    await h.enable();
    errorOf(await fetchToken(h.test, h.profileId), 'rejected_credentials');
    expect(await h.nextRefreshAt()).toBeNull();
    await h.clock.advance(HOUR);
    expect(h.butlr.requests).toHaveLength(2);
  });
});

describe('re-check after resume or reconnect', () => {
  it('retries a profile waiting on backoff at once', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setFailure('connection_reset');
    await h.enable();
    await retryDelays(2);
    expect((await h.nextRefreshAt())! - h.clock.now()).toBe(20 * SECOND);
    h.butlr.setFailure(null);
    h.test.core.scheduler.recheck();
    expect(await h.nextRefreshAt()).toBe(h.clock.now());
    await h.clock.advance(0);
    expect(h.butlr.requests).toHaveLength(4);
    expect((await h.view()).token.state).toBe('issued');
  });

  it('retries a profile waiting on Retry-After at once', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setScript(fakeScripts.retryAfterSeconds(429, 600));
    await h.enable();
    h.butlr.setScript(null);
    h.test.core.scheduler.recheck();
    await h.clock.advance(0);
    expect(h.butlr.requests).toHaveLength(2);
    expect((await h.view()).token.state).toBe('issued');
  });

  it('leaves a healthy profile on its plan, with no request', async () => {
    h = await startAutoRefreshHarness();
    await h.enable();
    const planned = await h.nextRefreshAt();
    await h.clock.advance(10 * MINUTE);
    h.test.core.scheduler.recheck();
    await h.clock.advance(0);
    expect(await h.nextRefreshAt()).toBe(planned);
    expect(h.butlr.requests).toHaveLength(1);
  });
});

describe('while renewal keeps failing', () => {
  it('keeps serving the old token, then falls back to it inside the margin, then says why once it expired', async () => {
    h = await startAutoRefreshHarness();
    await h.enable();
    const older = h.butlr.issuedTokens[0]!;
    h.butlr.setFailure('server_error');
    await h.clock.advanceTo((await h.nextRefreshAt())!);
    expect((await h.view()).token).toEqual(expect.objectContaining({ state: 'failed', previous: { obtainedAt: START, expiresAt: START + HOUR } }));

    // 12 minutes left: plenty, so a copy hands it out without a sign-in of its own.
    const requestsBefore = h.butlr.requests.length;
    expect(copyOutcomeOf(await copyToken(h.test, h.profileId))).toEqual({ expiresAt: START + HOUR, renewed: false });
    expect(h.butlr.requests).toHaveLength(requestsBefore);

    // 30 s left, inside the margin: the copy tries to renew, fails, and hands out the old token saying why.
    await h.clock.advanceTo(START + HOUR - 30 * SECOND);
    const fallback = copyOutcomeOf(await copyToken(h.test, h.profileId));
    expect(fallback).toEqual({ expiresAt: START + HOUR, renewed: false, renewalError: expect.objectContaining({ code: 'server_error' }) });
    expect(copiedTexts(h.test)).toEqual([older, older]);

    await h.clock.advanceTo(START + HOUR);
    errorOf(await copyToken(h.test, h.profileId), 'server_error');
    expect(copiedTexts(h.test)).toEqual([older, older]);
    // The schedule kept retrying all along, never two at once.
    expect(h.butlr.maxConcurrent).toBe(1);
    expect(await h.nextRefreshAt()).not.toBeNull();
  });

  it('picks up again when Butlr recovers, with a fresh token and a normal plan', async () => {
    h = await startAutoRefreshHarness();
    await h.enable();
    h.butlr.setFailure('server_error');
    await h.clock.advanceTo((await h.nextRefreshAt())!);
    await retryDelays(3);
    h.butlr.setFailure(null);
    await h.clock.advanceTo((await h.nextRefreshAt())!);
    const view = await h.view();
    expect(view.token).toEqual({ state: 'issued', obtainedAt: h.clock.now(), expiresAt: h.clock.now() + HOUR });
    expect(view.nextRefreshAt).toBe(Math.round(h.clock.now() + 0.8 * HOUR - 0.5 * MINUTE));
  });
});

describe('schedule edge cases', () => {
  // Tokens that live no longer than the copy margin (here 30 s tokens, 60 s margin) renew at half their life at the
  // earliest, not "now" forever; the manual clock's runaway guard would catch a loop.
  it('does not renew in a loop when tokens live shorter than the copy margin', async () => {
    h = await startAutoRefreshHarness({ expiresInSeconds: 30, maxCallbacksPerAdvance: 20 });
    await h.enable();
    await h.clock.advance(MINUTE);
    expect(h.butlr.requests.length).toBeLessThanOrEqual(5);
  });

  // Raising the copy margin moves an already planned renewal, so it still falls at least the margin before expiry.
  it('re-plans when the copy margin setting changes', async () => {
    h = await startAutoRefreshHarness();
    h.draw = 0;
    await h.enable();
    expect(await h.nextRefreshAt()).toBe(START + 48 * MINUTE);
    valueOf(await h.test.invoke(ipcChannels.updateSettings, { copyMarginSeconds: 30 * 60 }));
    expect(await h.nextRefreshAt()).toBeLessThanOrEqual(START + HOUR - 30 * MINUTE);
  });
});
