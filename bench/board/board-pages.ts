// The three pages the board figure compares: ours and the naive board at 1,000 profiles, ours with no profiles; each on the real harness.
import type { Browser, Page } from 'playwright-core';
import { openRendererHarness, type RendererHarness, type RendererHarnessOptions } from '../../tests/fixtures/renderer-harness';
import { serveFolder, type StaticServer } from '../../tests/fixtures/static-server';
import type { FakeSafeStorage } from '../../tests/fixtures/fake-safe-storage';

export interface BoardPagesOptions {
  readonly browser: Browser;
  readonly safeStorage: FakeSafeStorage;
  /** Data folders: one seeded with the profiles, one empty. */
  readonly seededDir: string;
  readonly emptyDir: string;
  /** Built renderers: ours (a snapshot of out/renderer) and the naive variant. */
  readonly rendererDir: string;
  readonly naiveRendererDir: string;
}

export interface BoardPages {
  readonly ours: Page;
  readonly empty: Page;
  readonly naive: Page;
  /** Where our renderer is served; the empty page loads it too. */
  readonly oursUrl: string;
  /** Loads the naive board into its page; until then that page is blank, so its 1,000 intervals cannot disturb the others. */
  loadNaive(): Promise<void>;
  /** Page errors and console errors any page reported. */
  problems(): string[];
  close(): Promise<void>;
}

/** The real harness (real core, bridge, bindings); a failed first load (out/ mid-rebuild in another terminal) is tried again. */
export async function openHarness(options: RendererHarnessOptions): Promise<RendererHarness> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await openRendererHarness(options);
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((done) => setTimeout(done, 1000 * attempt));
    }
  }
}

export async function openBoardPages(options: BoardPagesOptions): Promise<BoardPages> {
  const servers: StaticServer[] = [await serveFolder(options.rendererDir), await serveFolder(options.naiveRendererDir)];
  const [oursServer, naiveServer] = servers as [StaticServer, StaticServer];
  const harnesses: RendererHarness[] = [];
  const close = async (): Promise<void> => {
    for (const harness of harnesses) await harness.close();
    for (const server of servers) await server.close();
  };
  try {
    for (const dataDir of [options.seededDir, options.emptyDir, options.seededDir]) {
      harnesses.push(await openHarness({ dataDir, safeStorage: options.safeStorage, browser: options.browser }));
    }
    const [ours, empty, naive] = harnesses.map((harness) => harness.page) as [Page, Page, Page];
    // Each page then loads its renderer from our own servers: the same bridge to the real core, and builds that cannot change
    // mid-run. The naive page differs from ours only by its build (every row mounted, one interval per row).
    const oursUrl = `${oursServer.url}/index.html`;
    await Promise.all([ours.goto(oursUrl), empty.goto(oursUrl), naive.goto('about:blank')]);
    const loadNaive = async (): Promise<void> => void (await naive.goto(`${naiveServer.url}/index.html`));
    return { ours, empty, naive, oursUrl, loadNaive, problems: () => harnesses.flatMap((harness) => harness.problems), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Waits for the board of `total` profiles (a row says it is one of `total`); returns how many rows are in the DOM, a screenful. */
export async function waitForBoard(page: Page, total: number): Promise<number> {
  await page.waitForFunction((count) => document.querySelector(`[data-testid="profile-row"][aria-setsize="${count}"]`) !== null, total, { polling: 50, timeout: 30_000 });
  return page.getByTestId('profile-row').count();
}

/** The first and the last mounted row's countdown text. */
export const firstAndLastCountdown = (page: Page): Promise<string[]> =>
  page.getByTestId('countdown').evaluateAll((nodes) => [nodes[0]?.textContent ?? '', nodes.at(-1)?.textContent ?? '']);
