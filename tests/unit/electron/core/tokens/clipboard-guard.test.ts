import { describe, expect, it } from 'vitest';
import { createClipboardGuard, type ClipboardPort } from '../../../../../electron/core/tokens/clipboard-guard';
import { createManualClock } from '../../../../fixtures/manual-clock';

const START = 1_750_000_000_000;

function fakeClipboard(): ClipboardPort & { text: string; writes: string[] } {
  const board = {
    text: '',
    writes: [] as string[],
    writeSecret: async (text: string) => {
      board.text = text;
      board.writes.push(text);
    },
    readText: async () => board.text,
    clear: async () => {
      board.text = '';
    },
  };
  return board;
}

function setup(clearAfterMs = 60_000) {
  const clock = createManualClock({ start: START });
  const clipboard = fakeClipboard();
  const plans: (number | null)[] = [];
  const guard = createClipboardGuard({ clipboard, timers: clock, now: clock.now, clearAfterMs: () => clearAfterMs, onChange: (clearsAt) => plans.push(clearsAt) });
  return { clock, clipboard, guard, plans };
}

describe('createClipboardGuard', () => {
  it('clears what it copied once the time is up, and says when that will be', async () => {
    const { clock, clipboard, guard } = setup();
    expect(await guard.put('token-1')).toBe(START + 60_000);
    expect(guard.clearsAt()).toBe(START + 60_000);
    await clock.advance(59_999);
    expect(clipboard.text).toBe('token-1');
    await clock.advance(1);
    expect(clipboard.text).toBe('');
    expect(guard.clearsAt()).toBeNull();
  });

  it('leaves the clipboard alone when the person copied something else meanwhile', async () => {
    const { clock, clipboard, guard } = setup();
    await guard.put('token-1');
    clipboard.text = 'a URL the person copied';
    await clock.advance(60_000);
    expect(clipboard.text).toBe('a URL the person copied');
  });

  it('restarts the timer on a new copy and clears only the newest', async () => {
    const { clock, clipboard, guard } = setup();
    await guard.put('token-1');
    await clock.advance(50_000);
    await guard.put('token-2');
    await clock.advance(50_000);
    expect(clipboard.text).toBe('token-2');
    await clock.advance(10_000);
    expect(clipboard.text).toBe('');
  });

  it('clears at quit only if the clipboard still holds our copy', async () => {
    const ours = setup();
    await ours.guard.put('token-1');
    expect(await ours.guard.clearIfOurs()).toBe(true);
    expect(ours.clipboard.text).toBe('');
    const theirs = setup();
    await theirs.guard.put('token-1');
    theirs.clipboard.text = 'something else';
    expect(await theirs.guard.clearIfOurs()).toBe(false);
    expect(theirs.clipboard.text).toBe('something else');
  });

  it('never clears when the setting is 0', async () => {
    const { clock, clipboard, guard } = setup(0);
    expect(await guard.put('token-1')).toBeNull();
    await clock.advance(24 * 3_600_000);
    expect(clipboard.text).toBe('token-1');
    expect(clock.pendingTimers()).toEqual([]);
  });

  it('tells its listener when a clear is planned, moved and over, whether or not the token was still there', async () => {
    const { clock, clipboard, guard, plans } = setup();
    await guard.put('token-1');
    await clock.advance(10_000);
    await guard.put('token-2');
    expect(plans).toEqual([START + 60_000, START + 70_000]);
    await clock.advance(60_000);
    expect(plans).toEqual([START + 60_000, START + 70_000, null]);
    // Something else on the clipboard: the plan still ends, and nothing is cleared.
    await guard.put('token-3');
    clipboard.text = 'something else';
    expect(await guard.clearIfOurs()).toBe(false);
    expect(plans.slice(3)).toEqual([START + 130_000, null]);
    // Nothing planned, nothing to say: a second "Clear now" or the quit after a clear stays quiet.
    expect(await guard.clearIfOurs()).toBe(false);
    expect(plans).toHaveLength(5);
  });

  it('says a copy that is never cleared has no plan, and ends it when cleared by hand', async () => {
    const { guard, plans } = setup(0);
    await guard.put('token-1');
    expect(await guard.clearIfOurs()).toBe(true);
    expect(plans).toEqual([null, null]);
  });
});
