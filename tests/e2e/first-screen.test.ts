// The board's first screen, drawn when the profiles arrive before the virtualizer's chunk
// (renderer/src/components/first-screen-board.tsx): held back here with a route, the chunk cannot arrive until the test
// says so. Then the rows that fill the window are there with their places among all, inert until the virtualized board
// takes over, and a row the arrows moved to meanwhile is shown and focused by that board.
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProfiles } from '../fixtures/board-seed';
import type { BrowserWorld } from '../fixtures/browser-world';
import { openManyProfilesWorld } from '../fixtures/many-profiles';

const PROFILES = 200;
const VIRTUAL_CHUNK = /\/assets\/virtual-board-[\w-]+\.js$/;
const siteName = (n: number): string => `Site ${String(n).padStart(3, '0')}`;

describe('the board’s first screen, before the virtualizer', () => {
  let world: BrowserWorld | undefined;
  let page: Page;

  beforeAll(async () => {
    world = await openManyProfilesWorld({
      butlr: { expiresInSeconds: 3600 },
      seed: (core, butlr) => seedProfiles(core, [{ name: siteName(1), baseUrl: butlr.url }]),
      clones: { count: PROFILES - 1, nameOf: (index) => siteName(index + 2) },
    });
    ({ page } = world);
    await page.getByTestId('profile-row').first().waitFor();
  }, 60_000);

  afterAll(() => world?.close());

  const rows = () => page.getByTestId('profile-row');
  const focusedName = () => page.evaluate(() => document.activeElement?.closest('[data-testid="profile-row"]')?.getAttribute('data-profile-name') ?? null);
  const virtualChunkLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /virtual-board-/.test(entry.name)));

  /** Reloads with the virtualizer's chunk held; resolves once the first screen is up, with the release. */
  async function reloadHoldingTheVirtualizer(): Promise<() => Promise<void>> {
    let held: Route | undefined;
    await page.route(VIRTUAL_CHUNK, (route) => {
      held = route;
    });
    await page.reload();
    await rows().first().waitFor();
    await expect.poll(() => held !== undefined).toBe(true);
    return async () => {
      await held!.continue();
      await page.unrouteAll();
      await expect.poll(virtualChunkLoaded).toBe(true);
    };
  }

  it('shows the rows that fill the window, each with its place among all, before the virtualizer is there', async () => {
    const release = await reloadHoldingTheVirtualizer();
    const places = await rows().evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('aria-posinset'), node.getAttribute('aria-setsize')]));
    expect(places.length).toBeGreaterThan(3);
    expect(places.length).toBeLessThan(20);
    expect(places[0]).toEqual(['1', String(PROFILES)]);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(PROFILES * 60);
    // The last row reaches past the bottom of the window: nothing is left blank below the first screen.
    expect(await rows().last().evaluate((row) => row.getBoundingClientRect().bottom >= innerHeight)).toBe(true);
    expect(await virtualChunkLoaded()).toBe(false);
    await release();
  });

  it('keeps those rows inert until the virtualized board takes over, whose rows answer', async () => {
    const release = await reloadHoldingTheVirtualizer();
    const row = page.locator(`[data-profile-name="${siteName(3)}"]`);
    expect(await row.evaluate((element) => element.closest('[inert]') !== null)).toBe(true);
    await release();
    await expect.poll(() => row.evaluate((element) => element.closest('[inert]') !== null)).toBe(false);
    await row.getByRole('button', { name: 'More' }).click();
    await expect.poll(() => row.getByRole('menuitem', { name: 'Edit' }).count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('reveals a row past the first screen that the arrows moved to, once the virtualized board can show it', async () => {
    const release = await reloadHoldingTheVirtualizer();
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    for (let press = 0; press < 30; press += 1) await page.keyboard.press('ArrowDown');
    // The first screen cannot show the 30th row; it is the keyboard's row all the same.
    expect(await page.locator(`[data-profile-name="${siteName(30)}"]`).count()).toBe(0);
    await release();
    await expect.poll(focusedName).toBe(siteName(30));
    expect(await page.locator(`[data-profile-name="${siteName(30)}"]`).getAttribute('aria-current')).toBe('true');
  });

  it('draws the first screenful main sends ahead of the whole list, inert, with the count of all; a search typed meanwhile is kept', async () => {
    const core = world!.harness.testCore;
    const invoke = core.invoke.bind(core);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The whole list waits; the first screenful (profiles:list-first) does not.
    core.invoke = async (channel, ...rest) => {
      if (channel === 'profiles:list') await held;
      return invoke(channel, ...rest);
    };
    try {
      await page.reload();
      await rows().first().waitFor();
      expect(await page.locator('#profiles-title').textContent()).toBe(`Profiles ${PROFILES}`);
      const places = await rows().evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('aria-posinset'), node.getAttribute('aria-setsize')]));
      expect(places[0]).toEqual(['1', String(PROFILES)]);
      expect(places.length).toBeLessThan(40);
      expect(await rows().first().evaluate((row) => row.closest('[inert]') !== null)).toBe(true);
      // The toolbar is the board's own already: what a person types now applies once the whole list is in.
      await page.getByLabel('Search profiles').fill(siteName(150));
    } finally {
      core.invoke = invoke;
      release();
    }
    await expect.poll(() => page.locator('#profiles-title').textContent()).toBe(`Profiles 1 of ${PROFILES}`);
    await expect.poll(() => rows().first().evaluate((row) => row.closest('[inert]') !== null)).toBe(false);
    expect(await rows().first().getAttribute('data-profile-name')).toBe(siteName(150));
    await page.getByLabel('Search profiles').fill('');
    const row = page.locator(`[data-profile-name="${siteName(2)}"]`);
    await row.getByRole('button', { name: 'More' }).click();
    await expect.poll(() => row.getByRole('menuitem', { name: 'Edit' }).count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(world!.harness.problems).toEqual([]);
  });
});
