// Times a board's first render in the page itself: navigation start → the board of the expected profiles fills the screen
// (or the empty state is there) in the DOM, and is painted.
import type { Page } from 'playwright-core';

/** Milliseconds from the document's navigation start. */
export interface FirstRender {
  /** The page asked main for the first screenful of profiles, and got its answer (the early script asks as the page starts). */
  readonly firstAskedAt: number;
  readonly firstAnsweredAt: number;
  /** The page asked main for the whole profile list (first call), and got its answer. */
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
  }, listFirstProfiles: (...args) => {
    marks.firstAskedAt ??= performance.now();
    return api.listFirstProfiles(...args).finally(() => { marks.firstAnsweredAt ??= performance.now(); });
  } });
  // The board is virtualized: only the rows near the viewport ever exist. It has rendered once a row says it is one of
  // the expected number (aria-setsize) and the rows reach the bottom of the window, or all of them are there. The first
  // is checked on each change of the DOM; the second needs a layout, so it is checked once in the next frame, where the
  // page lays itself out anyway: measuring on every change would force layouts the page itself never asks for.
  const rows = () => document.querySelectorAll('[data-testid="profile-row"]');
  const there = () => {
    if (expected === 0) return document.querySelector('.empty-state') !== null;
    const all = rows();
    const last = all[all.length - 1];
    return last !== undefined && last.getAttribute('aria-setsize') === String(expected);
  };
  const filled = () => {
    if (expected === 0) return true;
    const all = rows();
    return all.length >= expected || all[all.length - 1].getBoundingClientRect().bottom >= innerHeight;
  };
  let thereAt = null;
  let checking = false;
  const observer = new MutationObserver(() => {
    if (!there()) return;
    thereAt ??= performance.now();
    if (checking) return;
    checking = true;
    requestAnimationFrame(() => {
      checking = false;
      // Not filled yet: the change that fills it sets the time.
      if (!there() || !filled()) return void (thereAt = null);
      observer.disconnect();
      marks.renderedAt = thereAt;
      // The frame that shows the rows is produced after this callback; the timeout runs once it has been.
      setTimeout(() => {
        marks.paintedAt = performance.now();
        window.__benchFirstRender = marks;
      });
    });
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
