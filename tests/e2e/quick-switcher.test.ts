// The quick switcher view (#quick-switcher) in Chromium: find a profile, arrows, Enter copies, says "Copied ✓" in the switcher
// and then hides the window; a failed copy says why until Esc; nothing said stays for the next time; Esc hides.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../fixtures/axe-scan';
import { fetchTokenFor, seedProfiles } from '../fixtures/board-seed';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';

describe('the quick switcher in the built renderer', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 }, harness: { hash: '#quick-switcher', viewport: { width: 560, height: 360 }, settings: { defaultCopyFormat: 'header' } } });
    ({ butlr, harness, page } = world);
    const [staging] = await seedProfiles(harness.testCore, [
      { name: 'Staging HQ', baseUrl: butlr.url, tags: ['staging'] },
      { name: 'Production EU', baseUrl: butlr.url, tags: ['prod'] },
      { name: 'Production US', baseUrl: butlr.url, tags: ['prod'] },
      // Butlr does not know this client: its copy fails.
      { name: 'Retired tenant', baseUrl: butlr.url, clientId: 'retired-client', tags: ['old'] },
    ]);
    await fetchTokenFor(harness.testCore, staging!.id);
    await page.reload();
    await page.getByTestId('quick-switcher-item').nth(3).waitFor();
  });

  afterAll(() => world?.close());

  const input = () => page.getByRole('combobox', { name: 'Find a profile' });
  const items = () => page.getByTestId('quick-switcher-item');
  const chosen = () => page.locator('[data-testid="quick-switcher-item"][aria-selected="true"]').getAttribute('data-profile-name');
  const hides = () => harness.exchanges.filter((exchange) => exchange.channel === 'app:hide-quick-switcher').length;
  const confirmation = () => page.getByRole('status').filter({ hasText: 'Copied' });
  const alert = () => page.locator('.quick-switcher-alert');
  /** What main's hiding and showing of the window looks like from inside the page. */
  const hideAndShowAgain = () => page.evaluate(() => ['blur', 'focus'].forEach((type) => window.dispatchEvent(new Event(type))));

  it('shows the palette instead of the board, focused on its search, with each profile’s status', async () => {
    expect(await page.getByTestId('profile-row').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'New profile' }).count()).toBe(0);
    await expect.poll(() => input().evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await items().getByTestId('token-status').allTextContents()).toEqual(['Valid', 'No token yet', 'No token yet', 'No token yet']);
  });

  it('filters as you type and moves the choice with the arrows', async () => {
    await input().fill('prod');
    await expect.poll(() => items().count()).toBe(2);
    expect(await chosen()).toBe('Production EU');
    await page.keyboard.press('ArrowDown');
    await expect.poll(chosen).toBe('Production US');
    await page.keyboard.press('ArrowUp');
    await expect.poll(chosen).toBe('Production EU');
  });

  it('copies the chosen profile in the default format on Enter, says "Copied ✓" in the switcher, then hides the window', async () => {
    await page.keyboard.press('ArrowDown');
    await expect.poll(chosen).toBe('Production US');
    await page.keyboard.press('Enter');
    await expect.poll(() => confirmation().textContent()).toBe('“Production US”: copied ✓');
    // Said before the window goes, not in a toast left behind in it.
    expect(hides()).toBe(0);
    expect(await page.locator('.toast').count()).toBe(0);
    expect(harness.testCore.clipboard).toEqual([`Authorization: Bearer ${butlr.issuedTokens.at(-1)}`]);
    expect(await seriousViolations(page)).toEqual([]);
    await expect.poll(hides).toBe(1);
    const copy = harness.exchanges.find((exchange) => exchange.channel === 'tokens:copy');
    const hideAt = harness.exchanges.findIndex((exchange) => exchange.channel === 'app:hide-quick-switcher');
    expect(harness.exchanges.indexOf(copy!)).toBeLessThan(hideAt);
    // Gone with the window: the next time it opens, it says nothing about this copy.
    await expect.poll(() => confirmation().count()).toBe(0);
  });

  it('says why a copy failed, and keeps the window open until Esc, which hides it and forgets the message', async () => {
    await input().fill('retired');
    await expect.poll(chosen).toBe('Retired tenant');
    await page.keyboard.press('Enter');
    await expect.poll(() => alert().count()).toBe(1);
    expect(await page.getByRole('alert').textContent()).toMatch(/Butlr (refused|rejected)|client ID and secret/i);
    expect(await seriousViolations(page)).toEqual([]);
    await page.waitForTimeout(1000);
    expect(hides()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(hides).toBe(2);
    expect(await alert().count()).toBe(0);
    expect(await page.getByRole('alert').textContent()).toBe('');
  });

  it('forgets what it said when main hides the window on its own (it lost focus), so it is not there next time', async () => {
    await page.keyboard.press('Enter');
    await expect.poll(() => alert().count()).toBe(1);
    await hideAndShowAgain();
    await expect.poll(() => alert().count()).toBe(0);
    expect(hides()).toBe(2);
  });

  it('hides on Esc, and comes back focused on its search when the window is focused again', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(hides).toBe(3);
    await page.locator('body').click({ position: { x: 5, y: 340 } });
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => input().evaluate((element) => element === document.activeElement)).toBe(true);
    expect(harness.problems).toEqual([]);
  });
});
