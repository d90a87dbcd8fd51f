// Search by state and pin in Chromium against the real main handlers: is:valid, is:expiring, is:expired, is:failed,
// is:none and is:pinned, with words and with each other; and the search field held under the header while the list scrolls.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import { seriousViolations } from '../fixtures/axe-scan';
import { seedProfiles } from '../fixtures/board-seed';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import { seedEveryState, STATE_SEED_CLIENTS } from '../fixtures/every-state-seed';
import { listedNames } from '../fixtures/journey-steps';
import type { RendererHarness } from '../fixtures/renderer-harness';

const SITES = 30;
const siteName = (n: number): string => `Site ${String(n).padStart(2, '0')}`;

describe('searching the board by state and pin', () => {
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600, clients: STATE_SEED_CLIENTS }, harness: { viewport: { width: 1100, height: 720 } } });
    ({ harness, page } = world);
    await seedEveryState(harness.testCore, world.butlr);
    const sites = await seedProfiles(
      harness.testCore,
      Array.from({ length: SITES }, (_, index) => ({ name: siteName(index + 1), baseUrl: world!.butlr.url })),
    );
    for (const site of [sites[4]!, sites[19]!]) await harness.testCore.invoke('profiles:update', { id: site.id, changes: { pinned: true } });
    const staging = ((await harness.testCore.invoke('profiles:list')) as { ok: true; value: ProfileView[] }).value.find((each) => each.name === 'Staging')!;
    await harness.testCore.invoke('profiles:update', { id: staging.id, changes: { pinned: true } });
    await page.reload();
    await page.getByTestId('profile-row').nth(3).waitFor();
  }, 60_000);

  afterAll(() => world?.close());

  const search = () => page.getByLabel('Search profiles');
  const count = () => page.locator('#profiles-title').textContent();
  async function shows(query: string, names: string[]): Promise<void> {
    await search().fill(query);
    await expect.poll(() => listedNames(page)).toEqual(names);
  }

  it('filters by what each badge says', async () => {
    await shows('is:valid', ['Production EU']);
    await shows('is:expiring', ['Staging']);
    await shows('is:expired', ['Load test']);
    // Both kinds of failure, and a secret that needs entering.
    await shows('is:failed', ['Reporting', 'Old sandbox', 'Moved tenant']);
    await search().fill('is:none');
    await expect.poll(count).toBe(`Profiles ${SITES + 1} of ${SITES + 7}`);
    expect((await listedNames(page)).slice(0, 3)).toEqual([siteName(5), siteName(20), 'Support desk']);
  });

  it('widens with each state filter, narrows with is:pinned and with words, and ignores case', async () => {
    await shows('is:expired IS:FAILED', ['Load test', 'Reporting', 'Old sandbox', 'Moved tenant']);
    await shows('is:pinned', ['Staging', siteName(5), siteName(20)]);
    await shows('is:pinned site', [siteName(5), siteName(20)]);
    await shows('is:pinned is:none', [siteName(5), siteName(20)]);
    await shows('old is:failed', ['Old sandbox']);
    await shows('support is:none', ['Support desk']);
    await search().fill('is:pinned is:expired');
    await expect.poll(() => page.getByText('No profile matches “is:pinned is:expired”.').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await search().fill('');
  });

  it('keeps the search field under the header while the list scrolls, and it still filters from there', async () => {
    await expect.poll(count).toBe(`Profiles ${SITES + 7}`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    const header = (await page.locator('.app-header').boundingBox())!;
    const field = (await search().boundingBox())!;
    expect(field.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(field.y).toBeLessThan(header.y + header.height + 40);
    // It covers the rows under it rather than letting them show through.
    expect(await page.locator('.board-toolbar').evaluate((toolbar) => getComputedStyle(toolbar).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await seriousViolations(page)).toEqual([]);
    await search().fill('is:expiring');
    await expect.poll(() => listedNames(page)).toEqual(['Staging']);
    await search().fill('');
  });

  it('scrolls a row the arrows reach clear of the header and the toolbar', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    for (let step = 0; step < 20; step += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const current = page.locator('[data-testid="profile-row"][aria-current="true"]');
    await expect.poll(() => current.count()).toBe(1);
    const toolbar = (await page.locator('.board-toolbar').boundingBox())!;
    await expect.poll(async () => (await current.boundingBox())!.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height - 1);
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
