// Times a board's first render in the page itself: navigation start → the board of the expected profiles fills the screen
// (or the empty state is there) in the DOM, and is painted.
import type { Page } from 'playwright-core';

/** Milliseconds from the document's navigation start. */
export interface FirstRender {
  /** The page asked main for the profile list (first call), and got its answer. */
  readonly listAskedAt: number;
  readonly listAnsweredAt: number;
  /** The rows filling the screen (or the empty state) were in the DOM. */
  readonly renderedAt: number;
  /** The frame showing them had been produced. */
  readonly paintedAt: number;
}

/**
 * The probe, as source text: a function handed to Playwright would be serialised after tsx has compiled it,
 * and its `__name` helper calls do not exist in the page. It runs after the harness's bridge script.
 */
const probeSource = (expectedRows: number): string => `(() => {
  const expected = ${JSON.stringify(expectedRows)};
  const marks = {};
  const api = window.butlr;
  window.butlr = Object.freeze({ ...api, listProfiles: (...args) => {
    marks.listAskedAt ??= performance.now();
    return api.listProfiles(...args).finally(() => { marks.listAnsweredAt ??= performance.now(); });
  } });
  // The board is virtualized: only the rows near the viewport ever exist. It has rendered once a row says it is one of
  // the expected number (aria-setsize) and the rows reach the bottom of the window, or all of them are there.
  const settled = () => {
    if (expected === 0) return document.querySelector('.empty-state') !== null;
    const rows = document.querySelectorAll('[data-testid="profile-row"]');
    const last = rows[rows.length - 1];
    if (!last || last.getAttribute('aria-setsize') !== String(expected)) return false;
    return rows.length >= expected || last.getBoundingClientRect().bottom >= innerHeight;
  };
  const observer = new MutationObserver(() => {
    if (!settled()) return;
    observer.disconnect();
    marks.renderedAt = performance.now();
    // The frame that shows the rows is produced after this callback; the timeout runs once it has been.
    requestAnimationFrame(() => setTimeout(() => {
      marks.paintedAt = performance.now();
      window.__benchFirstRender = marks;
    }));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Installs the probe on every future document of the page; `expectedRows` 0 waits for the empty state instead. */
export async function armFirstRenderProbe(page: Page, expectedRows: number): Promise<void> {
  await page.addInitScript({ content: probeSource(expectedRows) });
}

/**
 * Loads `url` afresh and reads the probe's marks once the board was painted. The page goes to about:blank first:
 * navigation start of a reload would include tearing down the previous 1,000-row document.
 */
export async function measureFirstRender(page: Page, url: string): Promise<FirstRender> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const marks = await page.waitForFunction(() => (window as unknown as { __benchFirstRender?: FirstRender }).__benchFirstRender, undefined, { polling: 20, timeout: 30_000 });
  return (await marks.jsonValue()) as FirstRender;
}
