// Copy formats in Chromium: Copy uses the default-format setting, "Copy as…" offers all four, and the toast counts down to clearing.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COPY_FORMAT_LABELS } from '../../shared/copy-format';
import { assertBuilt, RENDERER_DIR } from '../electron/built-bundles';
import { seedProfiles } from '../fixtures/board-seed';
import { startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { profileRow } from '../fixtures/journey-steps';
import { openRendererHarness, type RendererHarness } from '../fixtures/renderer-harness';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';

vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

async function openWith(butlr: FakeButlrServer, dataDir: TempDataDir, settings: Parameters<typeof openRendererHarness>[0]['settings']): Promise<RendererHarness> {
  const harness = await openRendererHarness({ dataDir: dataDir.path, settings });
  await seedProfiles(harness.testCore, [{ name: 'Staging HQ', baseUrl: butlr.url }]);
  await harness.page.reload();
  await profileRow(harness.page, 'Staging HQ').waitFor();
  return harness;
}

const clearingText = (page: Page) => page.getByTestId('clipboard-countdown').first().textContent();
const secondsLeft = (text: string | null): number => Number(/in (\d+) s/.exec(text ?? '')?.[1] ?? Number.NaN);

describe('copy formats in the built renderer', () => {
  let butlr: FakeButlrServer;
  let dataDir: TempDataDir;
  let harness: RendererHarness;

  beforeAll(async () => {
    assertBuilt(join(RENDERER_DIR, 'index.html'));
    butlr = await startFakeButlrServer({ expiresInSeconds: 3600 });
    dataDir = await createTempDataDir();
    harness = await openWith(butlr, dataDir, { defaultCopyFormat: 'bearer', clipboardClearSeconds: 60 });
  });

  afterAll(async () => {
    await harness?.close();
    await butlr?.close();
    await dataDir?.remove();
  });

  it('copies in the default format with one click, and says when the clipboard will be cleared, counting down', async () => {
    const { page, testCore } = harness;
    await profileRow(page, 'Staging HQ').getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => testCore.clipboard.length).toBe(1);
    expect(testCore.clipboard[0]).toBe(`Bearer ${butlr.issuedTokens[0]}`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /copied/i }).textContent()).toMatch(/cleared from the clipboard in \d+ s/i);
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
        expect(copied).toContain(`Authorization: Bearer ${token}`);
        expect(copied).toContain(butlr.url);
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
  let butlr: FakeButlrServer;
  let dataDir: TempDataDir;
  let harness: RendererHarness;

  beforeAll(async () => {
    butlr = await startFakeButlrServer({ expiresInSeconds: 3600 });
    dataDir = await createTempDataDir();
    harness = await openWith(butlr, dataDir, { clipboardClearSeconds: 0 });
  });

  afterAll(async () => {
    await harness?.close();
    await butlr?.close();
    await dataDir?.remove();
  });

  it('says nothing about clearing', async () => {
    const { page, testCore } = harness;
    await profileRow(page, 'Staging HQ').getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /copied/i }).count()).toBe(1);
    expect(testCore.clipboard).toEqual([butlr.issuedTokens[0]]);
    expect(await page.getByRole('status').filter({ hasText: /copied/i }).textContent()).not.toMatch(/clipboard/i);
    expect(await page.getByTestId('clipboard-countdown').count()).toBe(0);
  });
});
