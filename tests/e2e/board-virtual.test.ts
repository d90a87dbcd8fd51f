// The virtualized board with 1,000 profiles in Chromium against the real main handlers: a screenful of rows in the DOM,
// each with its place in its list; arrow keys past the window; Enter after scrolling away; search, sort and group on all.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import { seedProfiles } from '../fixtures/board-seed';
import type { BrowserWorld } from '../fixtures/browser-world';
import { listedNames, profileRow } from '../fixtures/journey-steps';
import { openManyProfilesWorld } from '../fixtures/many-profiles';
import type { RendererHarness } from '../fixtures/renderer-harness';

const PROFILES = 1000;
/** A 720 px window holds about five comfortable rows; with overscan and the kept current row, never near this many. */
const MOST_ROWS_MOUNTED = 30;
const siteName = (n: number): string => `Site ${String(n).padStart(4, '0')}`;
const teamOf = (n: number): string => `team-${n % 7}`;

describe('the board with 1,000 profiles, virtualized', () => {
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  beforeAll(async () => {
    world = await openManyProfilesWorld({
      butlr: { expiresInSeconds: 3600 },
      seed: (core, butlr) => seedProfiles(core, [{ name: siteName(1), baseUrl: butlr.url, tags: [teamOf(1)] }]),
      clones: { count: PROFILES - 1, nameOf: (index) => siteName(index + 2), tagsOf: (index) => [teamOf(index + 2)] },
    });
    ({ harness, page } = world);
    await page.getByTestId('profile-row').first().waitFor();
  }, 60_000);

  afterAll(() => world?.close());

  const rows = () => page.getByTestId('profile-row');
  const current = () => page.locator('[data-testid="profile-row"][aria-current="true"]').getAttribute('data-profile-name');
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('data-profile-name') ?? null);
  /** Each mounted row as [name, aria-posinset, aria-setsize]. */
  const places = () => rows().evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-profile-name'), node.getAttribute('aria-posinset'), node.getAttribute('aria-setsize')]));
  /** Whether the row is wholly in the window, below the sticky header. */
  const inView = (name: string) =>
    profileRow(page, name).evaluate((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= (document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0) && box.bottom <= innerHeight;
    });
  async function idOf(name: string): Promise<string> {
    const result = (await harness.testCore.invoke('profiles:list')) as { ok: true; value: ProfileView[] };
    return result.value.find((profile) => profile.name === name)!.id;
  }

  it('keeps only the rows near the viewport in the DOM, each saying its place among the 1,000', async () => {
    expect(await page.locator('#profiles-title').textContent()).toBe(`Profiles ${PROFILES}`);
    expect(await rows().count()).toBeLessThanOrEqual(MOST_ROWS_MOUNTED);
    expect((await places())[0]).toEqual([siteName(1), '1', String(PROFILES)]);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(async () => Number((await places())[0]?.[1])).toBeGreaterThan(400);
    const middle = await places();
    expect(middle.length).toBeLessThanOrEqual(MOST_ROWS_MOUNTED);
    for (const [name, position, size] of middle) {
      expect(name).toBe(siteName(Number(position)));
      expect(size).toBe(String(PROFILES));
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('moves the selection past the rows on screen with the arrows, scrolling the selected row into view and focusing it', async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    for (let press = 0; press < 25; press += 1) await page.keyboard.press('ArrowDown');
    await expect.poll(current).toBe(siteName(25));
    await expect.poll(focusedName).toBe(siteName(25));
    await expect.poll(() => inView(siteName(25))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await rows().count()).toBeLessThanOrEqual(MOST_ROWS_MOUNTED);
  });

  it('copies the selected row with Enter after the page has scrolled far from it; the next arrow brings the selection back', async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => profileRow(page, siteName(PROFILES)).count()).toBe(1);
    expect(await inView(siteName(25))).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => harness.testCore.clipboard.length).toBe(1);
    const copies = harness.exchanges.filter((exchange) => exchange.channel === 'tokens:copy');
    expect(copies.at(-1)?.request).toEqual({ id: await idOf(siteName(25)) });

    await page.keyboard.press('ArrowDown');
    await expect.poll(current).toBe(siteName(26));
    await expect.poll(() => inView(siteName(26))).toBe(true);
    await expect.poll(focusedName).toBe(siteName(26));
  });

  it('searches and sorts all 1,000, not only the rows in the DOM', async () => {
    const search = page.getByLabel('Search profiles');
    await search.fill(siteName(999));
    await expect.poll(() => listedNames(page)).toEqual([siteName(999)]);
    expect(await page.locator('#profiles-title').textContent()).toBe(`Profiles 1 of ${PROFILES}`);
    expect((await places())[0]).toEqual([siteName(999), '1', '1']);
    await search.fill('');

    // Only the profile copied above holds a token: soonest expiry puts it first, far from its manual place.
    await page.getByLabel('Sort by').selectOption({ label: 'Soonest expiry' });
    await expect.poll(async () => (await listedNames(page))[0]).toBe(siteName(25));
    await page.getByLabel('Sort by').selectOption({ label: 'Manual order' });
    await expect.poll(async () => (await listedNames(page))[0]).toBe(siteName(1));
  });

  it('groups all 1,000 by tag, each group a labelled list whose rows count within it', async () => {
    const sizes = new Map<string, number>();
    for (let n = 1; n <= PROFILES; n += 1) sizes.set(teamOf(n), (sizes.get(teamOf(n)) ?? 0) + 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByLabel('Group by').selectOption({ label: 'First tag' });
    await expect.poll(() => page.getByTestId('group-title').first().textContent()).toBe(`team-1 ${sizes.get('team-1')}`);
    const firstGroup = page.getByRole('group', { name: `team-1, ${sizes.get('team-1')} profiles` });
    const inGroup = await firstGroup.getByTestId('profile-row').evaluateAll((nodes) => nodes.slice(0, 2).map((node) => [node.getAttribute('data-profile-name'), node.getAttribute('aria-posinset'), node.getAttribute('aria-setsize')]));
    expect(inGroup).toEqual([
      [siteName(1), '1', String(sizes.get('team-1'))],
      [siteName(8), '2', String(sizes.get('team-1'))],
    ]);

    // The last group (team-0 first appears at Site 0007) at the bottom: its heading is long gone, its name is not.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const lastGroup = page.getByRole('group', { name: `team-0, ${sizes.get('team-0')} profiles` });
    await expect.poll(() => lastGroup.getByTestId('profile-row').last().getAttribute('aria-posinset')).toBe(String(sizes.get('team-0')));
    expect(await rows().count()).toBeLessThanOrEqual(MOST_ROWS_MOUNTED);
    await page.getByLabel('Group by').selectOption({ label: 'None' });
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
