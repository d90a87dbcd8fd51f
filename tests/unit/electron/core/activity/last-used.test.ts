// "Last used" on a profile counts every hand-out: a copy from the row, the tray or the quick switcher, and Get token;
// not a renewal by the schedule, a renewal inside a copy on its own, nor a failure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../../../shared/activity';
import { lastHandOutAt } from '../../../../../electron/core/activity/activity-log';
import type { TestCore } from '../../../../fixtures/test-core';
import { copyToken, errorOf, fetchToken, profileView, valueOf } from '../core-test-kit';
import { openOneProfileCore, type OneProfileCore } from '../one-profile-core';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);

let world: OneProfileCore;
let test: TestCore;
let profileId: string;
let clock: number;
const lastUsedAt = async (): Promise<number | null> => (await profileView(test, profileId)).lastUsedAt;

beforeEach(async () => {
  clock = START;
  world = await openOneProfileCore(() => clock);
  ({ test, profileId } = world);
});

afterEach(() => world.close());

describe('last used, through the real core', () => {
  it('is never for a new profile', async () => {
    expect(await lastUsedAt()).toBeNull();
  });

  it('is when Get token fetched one', async () => {
    valueOf(await fetchToken(test, profileId));
    expect(await lastUsedAt()).toBe(START);
  });

  it('is when it was last copied, from the window or (through the same call) the tray and the quick switcher', async () => {
    valueOf(await fetchToken(test, profileId));
    clock += 60_000;
    valueOf(await copyToken(test, profileId));
    expect(await lastUsedAt()).toBe(START + 60_000);
    clock += 60_000;
    // What the tray's menu item calls (desktop-integration.ts copyFromTray); the switcher's Enter is tokens:copy as above.
    const fromTray = await test.core.tokens.copy(profileId);
    expect(fromTray.ok).toBe(true);
    expect(await lastUsedAt()).toBe(START + 120_000);
  });

  it('is not moved by a renewal the schedule made, nor by a failed Get token', async () => {
    valueOf(await fetchToken(test, profileId));
    clock += 60_000;
    valueOf(await test.core.tokens.fetch(profileId, 'auto'));
    world.butlr.setFailure('server_error');
    clock += 60_000;
    errorOf(await fetchToken(test, profileId), 'server_error');
    expect(await lastUsedAt()).toBe(START);
  });
});

describe('lastHandOutAt', () => {
  const event = (at: number, kind: ActivityEvent['kind'], trigger: ActivityEvent['trigger']): ActivityEvent => ({ at, kind, trigger });

  it('takes the newest copy or manual fetch, passing over renewals and failures', () => {
    expect(lastHandOutAt([event(5, 'renewed', 'auto'), { ...event(4, 'failed', 'manual'), code: 'network' }, event(3, 'fetched', 'manual'), event(2, 'copied', 'manual')])).toBe(3);
    expect(lastHandOutAt([event(5, 'renewed', 'copy'), event(4, 'copied', 'manual')])).toBe(4);
    expect(lastHandOutAt([event(5, 'renewed', 'auto')])).toBeNull();
    expect(lastHandOutAt([])).toBeNull();
  });
});
