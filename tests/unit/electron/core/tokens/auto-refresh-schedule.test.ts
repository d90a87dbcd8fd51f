// Auto-refresh on a manual clock, when all goes well: when it renews, that it never overlaps itself, and what turns it off.
import { afterEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { TokenInfo } from '../../../../../shared/token-info';
import { activityOf, copiedTexts, copyToken, createProfile, fetchToken, profileInput, valueOf } from '../core-test-kit';
import { HOUR, MINUTE, SECOND, START, startAutoRefreshHarness, type AutoRefreshHarness } from './auto-refresh-harness';

let h: AutoRefreshHarness;

afterEach(() => h.dispose());

/** Where a one-hour token obtained at `obtainedAt` is renewed with jitter draw `draw` and the default 60 s margin. */
const renewalOfHourToken = (obtainedAt: number, draw: number): number => Math.round(obtainedAt + 0.8 * HOUR - draw * MINUTE);

describe('turning auto-refresh on', () => {
  it('is off by default and plans nothing', async () => {
    h = await startAutoRefreshHarness();
    const view = await h.view();
    expect(view.autoRefresh).toBe(false);
    expect(view.nextRefreshAt).toBeNull();
    expect(h.clock.pendingTimers()).toEqual([]);
    await h.clock.advance(24 * HOUR);
    expect(h.butlr.requests).toHaveLength(0);
  });

  it('signs in at once when no token is held', async () => {
    h = await startAutoRefreshHarness();
    valueOf(await h.test.invoke(ipcChannels.setAutoRefresh, { id: h.profileId, enabled: true }));
    expect(await h.nextRefreshAt()).toBe(START);
    await h.clock.advance(0);
    expect(h.butlr.requests).toHaveLength(1);
    expect((await h.view()).token).toEqual({ state: 'issued', obtainedAt: START, expiresAt: START + HOUR });
    expect(await activityOf(h.test, h.profileId)).toEqual([{ at: START, kind: 'renewed', trigger: 'auto' }]);
  });

  it('plans from a token already held instead of signing in again', async () => {
    h = await startAutoRefreshHarness();
    valueOf(await fetchToken(h.test, h.profileId));
    await h.clock.advance(10 * MINUTE);
    await h.enable();
    expect(h.butlr.requests).toHaveLength(1);
    expect(await h.nextRefreshAt()).toBe(renewalOfHourToken(START, 0.5));
  });

  it('starts on for new profiles when the settings say so', async () => {
    h = await startAutoRefreshHarness({ settings: { autoRefreshByDefault: true } });
    const other = await createProfile(h.test, profileInput(h.butlr.url, { name: 'Staging' }));
    expect(other.autoRefresh).toBe(true);
    await h.clock.advance(0);
    // Both the harness's profile and the new one were created opted in.
    expect(h.butlr.requests).toHaveLength(2);
    expect((await h.view(other.id)).token.state).toBe('issued');
  });
});

describe('renewing on schedule', () => {
  it('renews at 80% of the lifetime minus the jitter, and not a moment before', async () => {
    h = await startAutoRefreshHarness();
    await h.enable();
    const due = renewalOfHourToken(START, 0.5);
    expect(await h.nextRefreshAt()).toBe(due);
    expect(h.clock.pendingTimers()).toEqual([due]);

    await h.clock.advanceTo(due - 1);
    expect(h.butlr.requests).toHaveLength(1);
    await h.clock.advance(1);
    expect(h.butlr.requests).toHaveLength(2);
    expect((await h.view()).token).toEqual({ state: 'issued', obtainedAt: due, expiresAt: due + HOUR });
    expect((await activityOf(h.test, h.profileId))[0]).toEqual({ at: due, kind: 'renewed', trigger: 'auto' });
    expect(await h.nextRefreshAt()).toBe(renewalOfHourToken(due, 0.5));
  });

  it.each([0, 0.5, 1 - Number.EPSILON])('keeps the jitter within 60 s before the 80 percent mark (draw %s)', async (draw) => {
    h = await startAutoRefreshHarness();
    h.draw = draw;
    await h.enable();
    const next = (await h.nextRefreshAt())!;
    expect(next).toBe(renewalOfHourToken(START, draw));
    expect(next).toBeLessThanOrEqual(START + 0.8 * HOUR);
    expect(next).toBeGreaterThanOrEqual(START + 0.8 * HOUR - MINUTE);
  });

  it('renews at least the copy margin before expiry when 80% would be later', async () => {
    // 200 s tokens: 80% is 40 s before expiry, inside the 60 s margin.
    h = await startAutoRefreshHarness({ expiresInSeconds: 200 });
    await h.enable();
    const next = (await h.nextRefreshAt())!;
    expect(next).toBeLessThanOrEqual(START + 200 * SECOND - MINUTE);
    expect(next).toBe(START + 140 * SECOND - 5 * SECOND);
    await h.clock.advanceTo(next);
    expect(h.butlr.requests).toHaveLength(2);
    // Copying right after the renewal hands out the new token, with no sign-in of its own.
    valueOf(await copyToken(h.test, h.profileId));
    expect(copiedTexts(h.test)).toEqual([h.butlr.issuedTokens[1]]);
    expect(h.butlr.requests).toHaveLength(2);
  });

  it('follows a larger copy margin from the settings', async () => {
    h = await startAutoRefreshHarness({ settings: { copyMarginSeconds: 30 * 60 } });
    await h.enable();
    expect(await h.nextRefreshAt()).toBe(START + 30 * MINUTE - 30 * SECOND);
  });

  it('keeps a token valid for hours, one sign-in per renewal, never two at once', async () => {
    h = await startAutoRefreshHarness({ delayMs: 20 });
    await h.enable();
    await h.clock.advance(6 * HOUR);
    const renewals = (await activityOf(h.test, h.profileId)).filter((event) => event.kind === 'renewed').reverse();
    // One every 0.8 h - 30 s = 2850 s: at 0 and 7 more within six hours.
    expect(renewals.map((event) => event.at)).toEqual(Array.from({ length: 8 }, (_, index) => START + index * 2_850 * SECOND));
    expect(h.butlr.requests).toHaveLength(8);
    expect(h.butlr.maxConcurrent).toBe(1);
    const token = (await h.view()).token as Extract<TokenInfo, { state: 'issued' }>;
    expect(token.expiresAt! - h.clock.now()).toBeGreaterThan(MINUTE);
  });

  it('spreads profiles that signed in together over different renewal times', async () => {
    h = await startAutoRefreshHarness();
    const other = await createProfile(h.test, profileInput(h.butlr.url, { name: 'Staging' }));
    h.draw = 0.1;
    await h.enable();
    h.draw = 0.9;
    await h.enable(other.id);
    expect(await h.nextRefreshAt()).toBe(renewalOfHourToken(START, 0.1));
    expect(await h.nextRefreshAt(other.id)).toBe(renewalOfHourToken(START, 0.9));
  });
});

describe('working with manual sign-ins', () => {
  it('re-plans from a token fetched by hand', async () => {
    h = await startAutoRefreshHarness();
    await h.enable();
    await h.clock.advance(10 * MINUTE);
    valueOf(await fetchToken(h.test, h.profileId));
    const renewedAt = START + 10 * MINUTE;
    expect(await h.nextRefreshAt()).toBe(renewalOfHourToken(renewedAt, 0.5));
    expect(h.clock.pendingTimers()).toEqual([renewalOfHourToken(renewedAt, 0.5)]);
    // The plan for the older token is gone: nothing happens at its time.
    await h.clock.advanceTo(renewalOfHourToken(START, 0.5));
    expect(h.butlr.requests).toHaveLength(2);
  });

  it('shares one request between a renewal that falls due and a Get token in flight', async () => {
    h = await startAutoRefreshHarness({ delayMs: 30 });
    await h.enable();
    const due = (await h.nextRefreshAt())!;
    await h.clock.advanceTo(due - SECOND);
    const manual = fetchToken(h.test, h.profileId);
    await h.clock.advanceTo(due);
    const token = valueOf<TokenInfo>(await manual);
    expect(token.state).toBe('issued');
    expect(h.butlr.requests).toHaveLength(2);
    expect(h.butlr.maxConcurrent).toBe(1);
    // Planned again from the shared renewal's token, once.
    const { obtainedAt } = token as Extract<TokenInfo, { state: 'issued' }>;
    expect(h.clock.pendingTimers()).toEqual([renewalOfHourToken(obtainedAt, 0.5)]);
  });

  it('keeps requests single while copies, Get token and a re-check arrive during a renewal', async () => {
    h = await startAutoRefreshHarness({ delayMs: 30 });
    await h.enable();
    const due = (await h.nextRefreshAt())!;
    const arrivals: Promise<unknown>[] = [];
    // Everything a person (or the OS) can do, fired the moment the renewal reaches the server.
    h.butlr.setScript(({ send, issueJwt }) => {
      arrivals.push(fetchToken(h.test, h.profileId), ...Array.from({ length: 5 }, () => copyToken(h.test, h.profileId)));
      h.test.core.scheduler.recheck();
      setTimeout(() => send(200, { access_token: issueJwt(3600), token_type: 'Bearer', expires_in: 3600 }), 30);
    });
    await h.clock.advanceTo(due);
    await Promise.all(arrivals);
    expect(h.butlr.requests).toHaveLength(2);
    expect(h.butlr.maxConcurrent).toBe(1);
    // One plan, made from the token that renewal brought.
    expect(await h.nextRefreshAt()).toBe(renewalOfHourToken(due, 0.5));
    expect(h.clock.pendingTimers()).toContain(renewalOfHourToken(due, 0.5));
    await h.clock.advance(HOUR);
    expect(h.butlr.requests).toHaveLength(3);
  });
});

describe('turning auto-refresh off', () => {
  it('cancels the planned renewal', async () => {
    h = await startAutoRefreshHarness();
    await h.enable();
    expect(h.clock.pendingTimers()).toHaveLength(1);
    await h.disable();
    expect(await h.nextRefreshAt()).toBeNull();
    expect(h.clock.pendingTimers()).toEqual([]);
    await h.clock.advance(3 * HOUR);
    expect(h.butlr.requests).toHaveLength(1);
  });

  it('cancels a pending retry', async () => {
    h = await startAutoRefreshHarness();
    h.butlr.setFailure('server_error');
    await h.enable();
    expect(await h.nextRefreshAt()).toBe(START + 5 * SECOND);
    await h.disable();
    expect(h.clock.pendingTimers()).toEqual([]);
    await h.clock.advance(HOUR);
    expect(h.butlr.requests).toHaveLength(1);
  });

  it('stops every timer when the core is disposed', async () => {
    h = await startAutoRefreshHarness();
    await h.enable();
    h.test.core.dispose();
    expect(h.clock.pendingTimers()).toEqual([]);
  });

  it('can be turned on again, renewing an expired token at once', async () => {
    h = await startAutoRefreshHarness();
    await h.enable();
    await h.disable();
    await h.clock.advance(2 * HOUR);
    await h.enable();
    expect(h.butlr.requests).toHaveLength(2);
    expect((await h.view()).token).toEqual({ state: 'issued', obtainedAt: START + 2 * HOUR, expiresAt: START + 3 * HOUR });
  });
});
