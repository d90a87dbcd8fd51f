// Figure 3: the built renderer at 1,000 profiles in Chromium, beside an empty board (first render) and a naive board (per
// tick); then how many compact rows a window shows (compact-rows.ts).
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/fixtures/chromium';
import { createTempDataDir } from '../../tests/fixtures/temp-data-dir';
import { makeFigure, type Figure } from '../figure';
import { interleave, type Measurement } from '../interleave';
import { seedDataFolder } from '../seed-data-folder';
import { median } from '../stats';
import { firstAndLastCountdown, openBoardPages, waitForBoard } from './board-pages';
import { benchCompactRows } from './compact-rows';
import { armFirstRenderProbe, measureFirstRender, type FirstRender } from './first-render';
import { openTickProbe, type TickProbe } from './tick-scripting';

export const BOARD_PROFILES = 1000;
const TICKS = 30;
/** First loads of each page dropped, then measured loads: the figure swings with the machine's load, so more than a few. */
const FIRST_RENDER = { warmup: 2, rounds: 11 } as const;

export interface BoardBuilds {
  /** The built renderer to measure (a snapshot of out/renderer). */
  readonly rendererDir: string;
  /** The same renderer built with every row mounted and one interval per row (see naive-renderer.ts). */
  readonly naiveRendererDir: string;
}

export async function benchBoard(builds: BoardBuilds): Promise<Figure[]> {
  // Staggered lifetimes, so every row counts down in mm:ss and changes its text on every tick: the busiest case.
  const now = Date.now();
  const seeded = await seedDataFolder(BOARD_PROFILES, (index) => ({ obtainedAt: now, expiresAt: now + 6 * 60_000 + index * 3_000 }));
  const emptyDir = await createTempDataDir('butlr-bench-empty-');
  const browser = await launchChromium();
  try {
    const pages = await openBoardPages({ browser, safeStorage: seeded.safeStorage, seededDir: seeded.dataDir.path, emptyDir: emptyDir.path, ...builds });
    let figures: Figure[];
    try {
      // First render: a fresh load of ours with 1,000 profiles, against the same renderer with none.
      await armFirstRenderProbe(pages.ours, BOARD_PROFILES);
      await armFirstRenderProbe(pages.empty, 0);
      const oursMarks: FirstRender[] = [];
      const paintedAt = (page: Page, marks: FirstRender[]): Measurement => async () => {
        const measured = await measureFirstRender(page, pages.oursUrl);
        marks.push(measured);
        return measured.paintedAt;
      };
      const firstRender = await interleave(paintedAt(pages.ours, oursMarks), paintedAt(pages.empty, []), FIRST_RENDER);
      // Where the time went (the warm-up's marks dropped): the first screenful over the test bridge, then React, then the frame.
      const phases = oursMarks.slice(FIRST_RENDER.warmup);
      // The first screenful is asked for as the page starts and drawn from; the whole list follows it.
      const firstRenderPhases = {
        untilFirstScreenAskedMs: median(phases.map((marks) => marks.firstAskedAt)),
        firstScreenOverBridgeMs: median(phases.map((marks) => marks.firstAnsweredAt - marks.firstAskedAt)),
        firstScreenAnsweredToRowsInDomMs: median(phases.map((marks) => marks.renderedAt - marks.firstAnsweredAt)),
        rowsInDomToFrameMs: median(phases.map((marks) => marks.paintedAt - marks.renderedAt)),
        wholeListAnsweredMs: median(phases.map((marks) => marks.listAnsweredAt)),
      };

      // Ticks: ours and the naive board (loaded only now), one virtual second each in turn.
      // Rows in the DOM: ours is virtualized and holds a screenful; the naive board holds all 1,000, as it must to mean anything.
      await pages.loadNaive();
      const rows = { ours: await waitForBoard(pages.ours, BOARD_PROFILES), naive: await waitForBoard(pages.naive, BOARD_PROFILES) };
      if (rows.naive !== BOARD_PROFILES) throw new Error(`The naive board mounted ${rows.naive} rows, not ${BOARD_PROFILES}: is its list still virtualized?`);
      const before = { ours: await firstAndLastCountdown(pages.ours), naive: await firstAndLastCountdown(pages.naive) };
      const probes = { ours: await openTickProbe(pages.ours), naive: await openTickProbe(pages.naive) };
      const taskMs = { ours: [] as number[], naive: [] as number[] };
      const scriptOf = (probe: TickProbe, tasks: number[]): Measurement => async () => {
        const cost = await probe.tick();
        tasks.push(cost.taskMs);
        return cost.scriptMs;
      };
      const ticks = await interleave(scriptOf(probes.ours, taskMs.ours), scriptOf(probes.naive, taskMs.naive), { warmup: 1, rounds: TICKS });
      const after = { ours: await firstAndLastCountdown(pages.ours), naive: await firstAndLastCountdown(pages.naive) };
      await probes.ours.detach();
      await probes.naive.detach();
      // Proof the clock moved the boards: without it the tick figures would be measuring nothing.
      if (before.ours[0] === after.ours[0] || before.naive[0] === after.naive[0]) throw new Error(`The countdowns did not move: ${JSON.stringify({ before, after })}`);
      if (pages.problems().length > 0) throw new Error(`The board pages reported problems: ${pages.problems().join('; ')}`);

      figures = [
        makeFigure({
          id: 'board-first-render',
          label: `Board: first render, ${BOARD_PROFILES.toLocaleString('en')} profiles`,
          unit: 'ms',
          ours: firstRender.ours,
          baseline: firstRender.baseline,
          baselineLabel: 'same renderer, empty board',
          targets: [{ kind: 'ratio-at-most', value: 1.5 }],
          extra: { from: 'navigation start (fresh load after about:blank)', until: 'the rows filling the window in the DOM (virtualized) and the next frame produced', medianPhases: firstRenderPhases },
        }),
        makeFigure({
          id: 'board-tick-scripting',
          label: `Board: scripting per countdown tick (${TICKS} ticks)`,
          unit: 'ms',
          ours: ticks.ours,
          baseline: ticks.baseline,
          baselineLabel: 'naive: every row mounted, one setInterval each',
          targets: [
            { kind: 'ours-at-most', value: 4 },
            { kind: 'ratio-at-most', value: 0.2 },
          ],
          extra: { rows, countdownsBefore: before, countdownsAfter: after, taskMsPerTick: taskMs, clock: 'Chromium virtual time (Emulation.setVirtualTimePolicy), 1 s per tick' },
        }),
      ];
    } finally {
      await pages.close();
    }
    // Last, on a page of its own: it switches the seeded folder's density to compact for the count (and back).
    figures.push(await benchCompactRows({ browser, safeStorage: seeded.safeStorage, dataDir: seeded.dataDir.path, profiles: BOARD_PROFILES, rendererDir: builds.rendererDir }));
    return figures;
  } finally {
    await browser.close();
    await seeded.dataDir.remove();
    await emptyDir.remove();
  }
}
