// The real core on a manual clock against the fake Butlr, for the auto-refresh tests: timers move by hand, HTTP stays real.
import type { Settings } from '../../../../../shared/settings';
import type { ProfileView } from '../../../../../shared/profile';
import { startFakeButlrServer, type FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createManualClock, type ManualClock } from '../../../../fixtures/manual-clock';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../../../fixtures/test-core';
import { createProfile, profileInput, profileView, setAutoRefresh, trackFetch, valueOf, type TrackedFetch } from '../core-test-kit';

export const START = Date.UTC(2026, 0, 15, 9, 0, 0);
export const SECOND = 1_000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

export interface AutoRefreshHarness {
  readonly clock: ManualClock;
  readonly butlr: FakeButlrServer;
  readonly test: TestCore;
  readonly tracker: TrackedFetch;
  readonly profileId: string;
  /** What the core's `random()` returns from now on: the jitter and backoff draws. */
  draw: number;
  view(id?: string): Promise<ProfileView>;
  nextRefreshAt(id?: string): Promise<number | null>;
  /** Turns auto-refresh on and lets the sign-in it starts at once (no token held yet) finish. */
  enable(id?: string): Promise<void>;
  disable(id?: string): Promise<void>;
  dispose(): Promise<void>;
}

export interface AutoRefreshHarnessOptions {
  readonly settings?: Partial<Settings>;
  readonly expiresInSeconds?: number;
  /** Server think time per request, so requests have time to overlap if the core let them. */
  readonly delayMs?: number;
  /** The runaway-timer guard: a schedule that keeps re-arming for the same instant fails fast instead of hanging. */
  readonly maxCallbacksPerAdvance?: number;
}

export async function startAutoRefreshHarness(options: AutoRefreshHarnessOptions = {}): Promise<AutoRefreshHarness> {
  const dataDir: TempDataDir = await createTempDataDir();
  const tracker = trackFetch();
  const clock = createManualClock({ start: START, settle: () => tracker.settled(), maxCallbacksPerAdvance: options.maxCallbacksPerAdvance ?? 40 });
  const butlr = await startFakeButlrServer({ now: clock.now, expiresInSeconds: options.expiresInSeconds ?? 3600, delayMs: options.delayMs ?? 2 });
  let draw = 0.5;
  const test = createTestCore({
    dataDir: dataDir.path,
    now: clock.now,
    timers: clock,
    random: () => draw,
    fetch: tracker.fetch,
    ...(options.settings ? { settings: options.settings } : {}),
  });
  const profileId = (await createProfile(test, profileInput(butlr.url))).id;

  const harness: AutoRefreshHarness = {
    clock,
    butlr,
    test,
    tracker,
    profileId,
    get draw() {
      return draw;
    },
    set draw(value) {
      draw = value;
    },
    view: (id = profileId) => profileView(test, id),
    nextRefreshAt: async (id = profileId) => (await profileView(test, id)).nextRefreshAt,
    async enable(id = profileId) {
      valueOf(await setAutoRefresh(test, id, true));
      await clock.advance(0);
    },
    async disable(id = profileId) {
      valueOf(await setAutoRefresh(test, id, false));
    },
    async dispose() {
      test.core.dispose();
      // Closing the server first ends any request still open, so nothing is left writing into the folder we remove.
      await butlr.close();
      await tracker.settled();
      await dataDir.remove();
    },
  };
  return harness;
}
