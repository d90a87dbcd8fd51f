// The first paint's data asked for at the page's start: handed over once, and not at all when main changed it since.
import { afterEach, describe, expect, it, vi } from 'vitest';
// The renderer's `window.butlr`, which early-requests.ts reaches; outside tsconfig.renderer.json it is not declared.
import type {} from '../../../renderer/src/env';
import type { EarlyAnswers } from '../../../renderer/src/early-requests';

type EventName = 'profilesChanged' | 'tokenChanged' | 'settingsChanged';

/** A stand-in for the preload's bridge: counts the two requests and lets the test send main's events. */
function fakeBridge() {
  const listeners = new Map<EventName, Set<() => void>>();
  const on = (event: EventName) => (listener: () => void) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => void set.delete(listener);
  };
  const asked = { listFirstProfiles: 0, listProfiles: 0, getSettings: 0 };
  let answerFirst: () => void = () => {};
  const firstAnswer = new Promise((resolve) => (answerFirst = () => resolve({ ok: true, value: { profiles: [], total: 0 } })));
  const butlr = {
    listFirstProfiles: () => ((asked.listFirstProfiles += 1), firstAnswer),
    listProfiles: () => ((asked.listProfiles += 1), Promise.resolve({ ok: true, value: [] })),
    getSettings: () => ((asked.getSettings += 1), Promise.resolve({ ok: true, value: {} })),
    onProfilesChanged: on('profilesChanged'),
    onTokenChanged: on('tokenChanged'),
    onSettingsChanged: on('settingsChanged'),
  };
  return { butlr, asked, answerFirst: () => answerFirst(), send: (event: EventName) => listeners.get(event)?.forEach((listener) => listener()), listening: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0) };
}

async function startPage(bridge: ReturnType<typeof fakeBridge>): Promise<() => EarlyAnswers> {
  vi.resetModules();
  vi.stubGlobal('window', { butlr: bridge.butlr });
  return (await import('../../../renderer/src/early-requests')).takeEarlyAnswers;
}

afterEach(() => vi.unstubAllGlobals());

describe('early requests', () => {
  it('asks for the first screenful and the settings as soon as the script runs, the whole list once the first is in, and hands them over once', async () => {
    const bridge = fakeBridge();
    const take = await startPage(bridge);
    // The whole list waits for the small answer, which it would otherwise hold up.
    expect(bridge.asked).toEqual({ listFirstProfiles: 1, listProfiles: 0, getSettings: 1 });
    bridge.answerFirst();
    await vi.waitFor(() => expect(bridge.asked).toEqual({ listFirstProfiles: 1, listProfiles: 1, getSettings: 1 }));
    const answers = take();
    expect(await answers.firstProfiles).toEqual({ ok: true, value: { profiles: [], total: 0 } });
    expect(await answers.profiles).toEqual({ ok: true, value: [] });
    expect(await answers.settings).toEqual({ ok: true, value: {} });
    expect(take()).toEqual({ firstProfiles: null, profiles: null, settings: null });
    // It stops listening once the app has the answers: the app's own listeners take over.
    expect(bridge.listening()).toBe(0);
  });

  it('gives up the profiles when a profile or a token changed after asking, and the settings when they did', async () => {
    for (const [event, gone, kept] of [
      ['profilesChanged', ['firstProfiles', 'profiles'], ['settings']],
      ['tokenChanged', ['firstProfiles', 'profiles'], ['settings']],
      ['settingsChanged', ['settings'], ['firstProfiles', 'profiles']],
    ] as const) {
      const bridge = fakeBridge();
      const take = await startPage(bridge);
      bridge.send(event);
      const answers = take();
      for (const name of gone) expect(answers[name], `${event}: ${name}`).toBeNull();
      for (const name of kept) expect(answers[name], `${event}: ${name}`).not.toBeNull();
    }
  });
});
