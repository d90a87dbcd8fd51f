// The dialogs and the details panel live in a chunk of their own: fetched right after the board's first paint (never by
// the quick switcher), and when it cannot load, the person is told and the board keeps working.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import { profileDialog } from '../fixtures/journey-steps';
import { createProfile, profileInput } from '../unit/electron/core/core-test-kit';

const LATER_CHUNK = /\/assets\/later-parts-[\w-]+\.js$/;

let world: BrowserWorld | undefined;

async function open(hash?: string): Promise<Page> {
  world = await openBrowserWorld(hash ? { harness: { hash } } : {});
  await createProfile(world.harness.testCore, profileInput('https://api.butlr.io', { name: 'Production' }));
  return world.page;
}

/** How often this document (not an earlier load of the page) fetched the later chunk. */
const laterChunkLoads = (page: Page): Promise<number> =>
  page.evaluate((pattern) => performance.getEntriesByType('resource').filter((entry) => new RegExp(pattern).test(new URL(entry.name).pathname)).length, LATER_CHUNK.source);

const alerts = (page: Page) => page.getByRole('alert').filter({ hasText: 'Part of Butlr Credentials could not be loaded' });

afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('the later parts of the window', () => {
  it('are fetched once the board is up, before anything is opened, and then open at once', async () => {
    const page = await open();
    await page.reload();
    await page.getByRole('button', { name: 'Production' }).waitFor();
    await expect.poll(() => laterChunkLoads(page)).toBe(1);
    await page.getByRole('button', { name: 'New profile' }).first().click();
    await expect.poll(() => profileDialog(page).isVisible()).toBe(true);
    expect(await laterChunkLoads(page)).toBe(1);
    expect(world?.harness.problems).toEqual([]);
  });

  it('are never fetched by the quick switcher', async () => {
    const page = await open('#quick-switcher');
    await page.reload();
    await page.getByRole('option', { name: /Production/ }).waitFor();
    // Long enough for a fetch started after the first paint to have shown up.
    await page.waitForTimeout(500);
    expect(await laterChunkLoads(page)).toBe(0);
  });

  it('say so when they cannot be loaded, and leave the board working', async () => {
    const page = await open();
    await page.route(LATER_CHUNK, (route) => route.abort());
    await page.reload();
    await expect.poll(() => alerts(page).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Production' }).count()).toBe(1);

    // Asking for a dialog says it again rather than doing nothing, and leaves nothing half open.
    await alerts(page).first().waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByRole('button', { name: 'New profile' }).first().click();
    await expect.poll(() => alerts(page).count()).toBe(1);
    expect(await profileDialog(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy', exact: true }).count()).toBe(1);
  });
});
