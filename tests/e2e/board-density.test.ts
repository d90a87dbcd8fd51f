// The compact board in Chromium against the real main handlers: fifteen whole rows and more at 1100×720, each with name,
// client ID, host, state, countdown and Copy; the other actions in More; the density saved in main's settings and kept
// over a reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import type { Settings } from '../../shared/settings';
import { BOARD_LAYOUT } from '../../renderer/src/board-layout';
import { fetchTokenFor, seedProfiles } from '../fixtures/board-seed';
import type { BrowserWorld } from '../fixtures/browser-world';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { profileRow } from '../fixtures/journey-steps';
import { openManyProfilesWorld } from '../fixtures/many-profiles';
import type { RendererHarness } from '../fixtures/renderer-harness';

const PROFILES = 50;
const siteName = (n: number): string => `Site ${String(n).padStart(2, '0')}`;

describe('the compact board', () => {
  let world: BrowserWorld | undefined;
  let butlr: FakeButlrServer;
  let harness: RendererHarness;
  let page: Page;

  beforeAll(async () => {
    world = await openManyProfilesWorld({
      butlr: { expiresInSeconds: 3600 },
      harness: { viewport: { width: 1100, height: 720 } },
      seed: (core, server) => seedProfiles(core, [{ name: siteName(1), baseUrl: server.url }]),
      clones: { count: PROFILES - 1, nameOf: (index) => siteName(index + 2) },
    });
    ({ butlr, harness, page } = world);
    const listed = (await harness.testCore.invoke('profiles:list')) as { ok: true; value: ProfileView[] };
    for (const profile of listed.value.slice(0, 20)) await fetchTokenFor(harness.testCore, profile.id);
    await page.reload();
    await page.getByTestId('profile-row').first().waitFor();
  }, 60_000);

  afterAll(() => world?.close());

  const density = (): Promise<string> => page.getByLabel('Density').inputValue();
  async function savedSettings(): Promise<Settings> {
    return ((await harness.testCore.invoke('settings:get')) as { ok: true; value: Settings }).value;
  }
  /** The rows wholly between the sticky header and the bottom of the window. */
  const wholeRows = () =>
    page.getByTestId('profile-row').evaluateAll((rows) => {
      const headerBottom = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
      return rows.filter((row) => row.getBoundingClientRect().top >= headerBottom && row.getBoundingClientRect().bottom <= innerHeight).map((row) => row.getAttribute('data-profile-name'));
    });

  /** The height of each row in the DOM, in px. */
  const rowHeights = (): Promise<number[]> => page.getByTestId('profile-row').evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));

  // The virtualizer starts from these (board-layout.ts) and the first screen uses them as they are: a stale estimate
  // mounts the wrong rows, then measures and renders the board again.
  /** Every row in the DOM as tall as `expected`, within half a pixel: polled, as the board may still be replacing its first screen. */
  const rowsAreTall = (expected: number) => expect.poll(async () => (await rowHeights()).every((height) => Math.abs(height - expected) < 0.5)).toBe(true);

  it('draws a comfortable row as tall as the board’s layout expects', async () => {
    await rowsAreTall(BOARD_LAYOUT.comfortable.row);
  });

  it('switches from the toolbar and saves the choice in main’s settings', async () => {
    expect(await density()).toBe('comfortable');
    expect((await wholeRows()).length).toBeLessThan(15);
    await page.getByLabel('Density').selectOption({ label: 'Compact' });
    await expect.poll(() => page.locator('.board-rows-compact').count()).toBe(1);
    await expect.poll(async () => (await savedSettings()).density).toBe('compact');
  });

  it('shows at least 15 whole rows at 1100×720, each with its name, client ID, host, state, countdown and Copy', async () => {
    const names = await wholeRows();
    expect(names.length).toBeGreaterThanOrEqual(15);
    expect(names.slice(0, 3)).toEqual([siteName(1), siteName(2), siteName(3)]);
    const host = new URL(butlr.url).host;
    for (const name of names) {
      const row = profileRow(page, name!);
      expect(await row.getByRole('button', { name: `${name} — Details` }).isVisible()).toBe(true);
      expect(await row.getByTestId('profile-principal').innerText()).toContain('demo-client');
      expect(await row.getByTestId('profile-host').isVisible()).toBe(true);
      expect(await row.getByTestId('profile-host').innerText()).toContain(host);
      expect(await row.getByTestId('token-status').isVisible()).toBe(true);
      expect(await row.getByTestId('countdown').isVisible()).toBe(true);
      expect(await row.getByRole('button', { name: 'Copy', exact: true }).isVisible()).toBe(true);
      // One line: nothing of the row wraps below its name.
      expect((await row.boundingBox())!.height).toBeLessThan(40);
    }
    await rowsAreTall(BOARD_LAYOUT.compact.row);
    expect(await profileRow(page, siteName(1)).getByTestId('token-status').textContent()).toBe('Valid');
    expect(await profileRow(page, siteName(1)).getByTestId('countdown').textContent()).toMatch(/^expires in \d+:\d{2}$/);
  });

  it('keeps Get token, Details, Edit, Pin and Delete in the row’s More menu, and Delete still asks first', async () => {
    const row = profileRow(page, siteName(3));
    await row.getByRole('button', { name: 'More' }).click();
    const items = await row.getByRole('menuitem').allTextContents();
    expect(items).toEqual(['Get token', 'Show details', 'Edit', 'Pin', 'Duplicate', 'Move up', 'Move down', 'Delete']);
    await row.getByRole('menuitem', { name: 'Delete' }).click();
    await expect.poll(() => row.getByText(`Delete “${siteName(3)}”?`, { exact: false }).isVisible()).toBe(true);
    await row.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => row.locator('.delete-confirmation').count()).toBe(0);
    // Focus comes back to the row's More button, where the question came from.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('More');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="profile-row"]')?.getAttribute('data-profile-name'))).toBe(siteName(3));
  });

  it('is still compact after a reload, in the toolbar and in Settings, where Comfortable brings the cards back', async () => {
    await page.reload();
    await page.getByTestId('profile-row').first().waitFor();
    expect(await density()).toBe('compact');
    expect(await page.locator('.board-rows-compact').count()).toBe(1);

    await page.keyboard.press('Control+Comma');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect.poll(() => dialog.getByRole('radio', { name: 'Compact' }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: 'Comfortable' }).check();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.board-rows-comfortable').count()).toBe(1);
    expect(await density()).toBe('comfortable');
    expect((await savedSettings()).density).toBe('comfortable');
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
