// "Clear now" and the clipboard's plan through the real core: the window hears when a clear is planned and when it is over,
// and clearing by hand takes only our own token off the clipboard.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels, ipcEventChannels } from '../../../../../shared/ipc/channels';
import type { TestCore } from '../../../../fixtures/test-core';
import { copyToken, valueOf } from '../core-test-kit';
import { openOneProfileCore, type OneProfileCore } from '../one-profile-core';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);

let world: OneProfileCore;
let test: TestCore;
let profileId: string;

const clearNow = (): Promise<unknown> => test.invoke(ipcChannels.clearClipboard);
const plans = (): unknown[] => test.events.filter((event) => event.channel === ipcEventChannels.clipboardChanged).map((event) => event.payload);

beforeEach(async () => {
  world = await openOneProfileCore(() => START);
  ({ test, profileId } = world);
});

afterEach(() => world.close());

describe('clearClipboard', () => {
  it('clears our token now, and tells the window the planned clear is over', async () => {
    const outcome = valueOf<{ clipboardClearsAt: number | null }>(await copyToken(test, profileId));
    expect(outcome.clipboardClearsAt).toBe(START + 60_000);
    expect(plans()).toEqual([{ clearsAt: START + 60_000 }]);
    expect(valueOf(await clearNow())).toEqual({ cleared: true });
    expect(test.clipboard.at(-1)).toBe('');
    expect(plans()).toEqual([{ clearsAt: START + 60_000 }, { clearsAt: null }]);
  });

  it('leaves something the person copied since where it is, and says so', async () => {
    valueOf(await copyToken(test, profileId));
    test.clipboard.push('a link from the browser');
    expect(valueOf(await clearNow())).toEqual({ cleared: false });
    expect(test.clipboard.at(-1)).toBe('a link from the browser');
    expect(plans().at(-1)).toEqual({ clearsAt: null });
  });

  it('answers false, saying nothing, when nothing of ours is on the clipboard', async () => {
    expect(valueOf(await clearNow())).toEqual({ cleared: false });
    expect(test.clipboard).toEqual([]);
    expect(plans()).toEqual([]);
  });
});
