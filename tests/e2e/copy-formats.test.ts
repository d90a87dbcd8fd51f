// Copy formats in Chromium: Copy uses the default-format setting, "Copy as…" offers all four, and the clipboard strip counts
// down to clearing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COPY_FORMAT_LABELS } from '../../shared/copy-format';
import type { Settings } from '../../shared/settings';
import { seedProfiles } from '../fixtures/board-seed';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { profileRow } from '../fixtures/journey-steps';
import { butlrCurlArguments, curlArguments } from '../fixtures/pasted-curl';
import type { RendererHarness } from '../fixtures/renderer-harness';

async function openWith(settings: Partial<Settings>): Promise<BrowserWorld> {
  const world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 }, harness: { settings } });
  await seedProfiles(world.harness.testCore, [{ name: 'Staging HQ', baseUrl: world.butlr.url }]);
  await world.page.reload();
  await profileRow(world.page, 'Staging HQ').waitFor();
  return world;
}

const clearingText = (page: Page) => page.getByTestId('clipboard-countdown').textContent();
const secondsLeft = (text: string | null): number => Number(/in (\d+) s/.exec(text ?? '')?.[1] ?? Number.NaN);

describe('copy formats in the built renderer', () => {
  let world: BrowserWorld | undefined;
  let butlr: FakeButlrServer;
  let harness: RendererHarness;

  beforeAll(async () => {
    world = await openWith({ defaultCopyFormat: 'bearer', clipboardClearSeconds: 60 });
    ({ butlr, harness } = world);
  });

  afterAll(() => world?.close());

  it('copies in the default format with one click, and says when the clipboard will be cleared, counting down', async () => {
    const { page, testCore } = harness;
    await profileRow(page, 'Staging HQ').getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => testCore.clipboard.length).toBe(1);
    expect(testCore.clipboard[0]).toBe(`Bearer ${butlr.issuedTokens[0]}`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /copied/i }).textContent()).toMatch(/^“Staging HQ”: token copied\. The clipboard clears in \d+ s\.$/);
    const first = secondsLeft(await clearingText(page));
    expect(first).toBeGreaterThan(50);
    expect(first).toBeLessThanOrEqual(60);
    await expect.poll(async () => secondsLeft(await clearingText(page)), { timeout: 5000 }).toBeLessThan(first);
  });

  it('offers every format under “Copy as…”, each putting exactly its shape on the clipboard', async () => {
    const { page, testCore } = harness;
    const row = profileRow(page, 'Staging HQ');
    const token = butlr.issuedTokens[0]!;
    const expected = {
      raw: token,
      bearer: `Bearer ${token}`,
      header: `Authorization: Bearer ${token}`,
    } as const;
    for (const format of ['raw', 'bearer', 'header', 'curl'] as const) {
      const before = testCore.clipboard.length;
      await row.getByRole('button', { name: 'Copy as…' }).click();
      const menu = row.getByRole('menu', { name: 'Copy as…' });
      expect(await menu.getByRole('menuitem').allTextContents()).toEqual(Object.values(COPY_FORMAT_LABELS));
      await menu.getByRole('menuitem', { name: COPY_FORMAT_LABELS[format], exact: true }).click();
      await expect.poll(() => testCore.clipboard.length).toBe(before + 1);
      const copied = testCore.clipboard.at(-1)!;
      if (format === 'curl') {
        expect(copied).toMatch(/^curl /);
        // Read by bash as one curl call with exactly these words, and nothing else run.
        expect(curlArguments(copied)).toEqual(butlrCurlArguments(`${butlr.url}/api/v3/graphql`, token));
      } else {
        expect(copied).toBe(expected[format]);
      }
    }
    // Each copy reused the one valid token.
    expect(butlr.issuedTokens).toHaveLength(1);
    const requests = harness.exchanges.filter((exchange) => exchange.channel === 'tokens:copy').map((exchange) => exchange.request);
    expect(requests.slice(-4)).toEqual(['raw', 'bearer', 'header', 'curl'].map((format) => ({ id: expect.any(String), format })));
    expect(harness.problems).toEqual([]);
  });
});

describe('copying when the clipboard is never cleared', () => {
  let world: BrowserWorld | undefined;
  let butlr: FakeButlrServer;
  let harness: RendererHarness;

  beforeAll(async () => {
    world = await openWith({ clipboardClearSeconds: 0 });
    ({ butlr, harness } = world);
  });

  afterAll(() => world?.close());

  it('says nothing about clearing', async () => {
    const { page, testCore } = harness;
    await profileRow(page, 'Staging HQ').getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /copied/i }).count()).toBe(1);
    expect(testCore.clipboard).toEqual([butlr.issuedTokens[0]]);
    expect(await page.getByRole('status').filter({ hasText: /copied/i }).textContent()).toBe('“Staging HQ”: token copied.');
    expect(await page.getByTestId('clipboard-countdown').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Clear now' }).count()).toBe(0);
  });
});
