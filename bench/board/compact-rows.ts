// Figure 3c: how many profiles a 1100×720 window shows whole, compact against comfortable, counted in Chromium on the real harness.
import type { Browser, Page } from 'playwright-core';
import type { FakeSafeStorage } from '../../tests/fixtures/fake-safe-storage';
import { serveFolder } from '../../tests/fixtures/static-server';
import { makeFigure, type Figure } from '../figure';
import { openHarness, waitForBoard } from './board-pages';

export const COMPACT_WINDOW = { width: 1100, height: 720 } as const;
const COMPACT_TARGET = 15;

export interface CompactRowsOptions {
  readonly browser: Browser;
  readonly safeStorage: FakeSafeStorage;
  /** A data folder holding `profiles` profiles; its density setting is changed for the count and put back after. */
  readonly dataDir: string;
  readonly profiles: number;
  /** The built renderer to measure (a snapshot of out/renderer). */
  readonly rendererDir: string;
}

/** Rows wholly inside the window and below the sticky header, at the top of the page: what a person sees without scrolling. */
function countWholeRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const headerBottom = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    const rows = [...document.querySelectorAll('[data-testid="profile-row"]')].map((row) => row.getBoundingClientRect());
    return rows.filter((box) => box.top >= headerBottom && box.bottom <= innerHeight).length;
  });
}

export async function benchCompactRows({ browser, safeStorage, dataDir, profiles, rendererDir }: CompactRowsOptions): Promise<Figure> {
  const server = await serveFolder(rendererDir);
  const harness = await openHarness({ dataDir, safeStorage, browser, viewport: COMPACT_WINDOW });
  const setDensity = (density: string): Promise<unknown> => harness.testCore.invoke('settings:update', { density });
  try {
    const count = async (density: string): Promise<number> => {
      await setDensity(density);
      await harness.page.goto(`${server.url}/index.html`);
      await waitForBoard(harness.page, profiles);
      await harness.page.waitForFunction((name) => document.querySelector(`.board-rows-${name}`) !== null, density);
      // Measured rows settle within a frame or two of the first render.
      await harness.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      return countWholeRows(harness.page);
    };
    const comfortable = await count('comfortable');
    const compact = await count('compact');
    if (harness.problems.length > 0) throw new Error(`The compact board reported problems: ${harness.problems.join('; ')}`);
    return makeFigure({
      id: 'board-compact-rows-visible',
      label: `Board: compact rows visible at ${COMPACT_WINDOW.width}×${COMPACT_WINDOW.height}`,
      unit: 'rows',
      ours: [compact],
      baseline: [comfortable],
      baselineLabel: 'comfortable rows, same window',
      targets: [{ kind: 'ours-at-least', value: COMPACT_TARGET }],
      extra: { counted: 'rows wholly between the sticky header and the bottom of the window, page not scrolled' },
    });
  } finally {
    await setDensity('comfortable');
    harness.testCore.core.dispose();
    await harness.close();
    await server.close();
  }
}
