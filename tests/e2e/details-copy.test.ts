// The details panel's Copy in Chromium against the real main handlers: the row's copy (default format, the same "Copied ✓"
// and announcement); and "last used" on the row, which Get token now counts as a hand-out too.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../fixtures/axe-scan';
import { seedProfiles } from '../fixtures/board-seed';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { chooseFromMoreMenu, profileRow } from '../fixtures/journey-steps';
import type { RendererHarness } from '../fixtures/renderer-harness';

describe('Copy in the details panel, and last used', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  const panel = (): Locator => page.getByTestId('details-panel');
  const copies = () => harness.exchanges.filter((exchange) => exchange.channel === 'tokens:copy');

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 }, harness: { viewport: { width: 1280, height: 860 }, settings: { defaultCopyFormat: 'bearer' } } });
    ({ butlr, harness, page } = world);
    await seedProfiles(harness.testCore, [{ name: 'Staging HQ', baseUrl: butlr.url }]);
    await page.reload();
    await profileRow(page, 'Staging HQ').waitFor();
  });

  afterAll(() => world?.close());

  it('counts Get token as a use on the row', async () => {
    const row = profileRow(page, 'Staging HQ');
    expect(await row.getByTestId('last-used').textContent()).toBe('never used');
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => row.getByTestId('last-used').textContent()).toBe('last used just now');
  });

  it('copies from the details panel in the default format, as the row’s Copy does, and says so the same way', async () => {
    await profileRow(page, 'Staging HQ').getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => panel().isVisible()).toBe(true);
    const copy = panel().getByRole('button', { name: 'Copy', exact: true });
    expect(await copy.getAttribute('aria-describedby')).not.toBeNull();
    expect(await panel().textContent()).toContain('In your default format: Bearer <token>.');
    await copy.click();
    await expect.poll(() => harness.testCore.clipboard.length).toBe(1);
    expect(harness.testCore.clipboard[0]).toBe(`Bearer ${butlr.issuedTokens.at(-1)}`);
    expect(copies().map((exchange) => exchange.request)).toEqual([{ id: expect.any(String) }]);
    // The panel's button and the row's read "Copied" for a moment; the clipboard strip's live region says it.
    await expect.poll(() => panel().getByRole('button', { name: 'Copied', exact: true }).count()).toBe(1);
    expect(await profileRow(page, 'Staging HQ').getByRole('button', { name: 'Copied', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '“Staging HQ”: token copied' }).count()).toBe(1);
    await expect.poll(() => panel().getByRole('button', { name: 'Copy', exact: true }).count(), { timeout: 5000 }).toBe(1);
  });

  it('has no serious or critical violations with the panel and its Copy open', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
