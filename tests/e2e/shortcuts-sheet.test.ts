// The "?" shortcuts sheet in Chromium at 1100×720 and at the 720×480 minimum window: every row can be seen whole inside the
// dialog (scrolled to, where the window is too short), never cut by the dialog's edge nor hidden under its Close button.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../../renderer/src/shortcut-list';
import { seriousViolations } from '../fixtures/axe-scan';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';

interface RowSight {
  readonly action: string;
  /** Its box lies inside the dialog and inside every scrolling box around it, with the dialog's padding kept clear. */
  readonly inside: boolean;
  /** What is drawn at its corners and its middle is the row itself (not the sticky actions, not the backdrop). */
  readonly uncovered: boolean;
  /** Its text is not cut on the right. */
  readonly unclipped: boolean;
}

/** Brings each row of the sheet into view the way a person scrolling would, and says how much of it can be seen. */
function sightOfEveryRow(page: Page): Promise<RowSight[]> {
  return page.getByRole('dialog', { name: 'Keyboard shortcuts' }).evaluate(async (dialog) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const padding = parseFloat(getComputedStyle(dialog.querySelector('.profile-form') ?? dialog).paddingLeft);
    const sights: RowSight[] = [];
    for (const row of dialog.querySelectorAll<HTMLElement>('.shortcut')) {
      row.scrollIntoView({ block: 'nearest' });
      await frame();
      const box = row.getBoundingClientRect();
      const outer = dialog.getBoundingClientRect();
      let inside = box.left >= outer.left + padding - 0.5 && box.right <= outer.right - padding + 0.5 && box.top >= outer.top && box.bottom <= outer.bottom;
      for (let parent = row.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (!/(auto|scroll|hidden|clip)/.test(style.overflowY + style.overflowX)) continue;
        const clip = parent.getBoundingClientRect();
        inside &&= box.top >= clip.top + parent.clientTop - 0.5 && box.bottom <= clip.top + parent.clientTop + parent.clientHeight + 0.5;
      }
      const points: [number, number][] = [
        [box.left + 2, box.top + 2],
        [box.right - 2, box.top + 2],
        [box.left + 2, box.bottom - 2],
        [box.right - 2, box.bottom - 2],
        [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
      ];
      const uncovered = points.every(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return hit !== null && (hit === row || row.contains(hit));
      });
      const unclipped = [...row.querySelectorAll<HTMLElement>('dt, dd')].every((cell) => cell.scrollWidth <= cell.clientWidth + 1);
      sights.push({ action: row.querySelector('dd')?.textContent ?? '', inside, uncovered, unclipped });
    }
    return sights;
  });
}

describe('the shortcuts sheet', () => {
  let world: BrowserWorld | undefined;

  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it.each([
    ['1100×720', { width: 1100, height: 720 }],
    ['720×480, the smallest window', { width: 720, height: 480 }],
  ])('shows every row whole inside the dialog at %s', async (_label, viewport) => {
    world = await openBrowserWorld({ harness: { viewport } });
    const { page, harness } = world;
    await page.getByRole('button', { name: 'New profile' }).first().waitFor();
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => sheet.isVisible()).toBe(true);

    const sights = await sightOfEveryRow(page);
    expect(sights.map((sight) => sight.action)).toEqual(SHORTCUTS.map((shortcut) => shortcut.action));
    expect(sights.filter((sight) => !sight.inside || !sight.uncovered || !sight.unclipped)).toEqual([]);
    // The keys line up in one column, so the actions do too.
    const actionLefts = await sheet.locator('.shortcut dd').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    expect(new Set(actionLefts).size).toBe(1);
    // Close stays reachable and whole.
    const close = sheet.getByRole('button', { name: 'Close' });
    const closeBox = (await close.boundingBox())!;
    expect(closeBox.y + closeBox.height).toBeLessThanOrEqual(viewport.height);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    expect(harness.problems).toEqual([]);
  });
});
