// Keyboard-first in Chromium: search focus, arrow selection, Enter / Ctrl+C copy, Ctrl+R renew without reload, Ctrl+N, Esc, "?".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import { seedProfiles } from '../fixtures/board-seed';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { profileDialog, profileRow } from '../fixtures/journey-steps';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';

describe('keyboard shortcuts in the built renderer', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;
  let seeded: ProfileView[];

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 } });
    ({ butlr, harness, page } = world);
    seeded = await seedProfiles(harness.testCore, [
      { name: 'First', baseUrl: butlr.url },
      { name: 'Second', baseUrl: butlr.url },
      { name: 'Third', baseUrl: butlr.url },
    ]);
    await page.reload();
    await page.getByTestId('profile-row').nth(2).waitFor();
  });

  afterAll(() => world?.close());

  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  const current = () => page.locator('[data-testid="profile-row"][aria-current="true"]').getAttribute('data-profile-name');
  const fetchesFor = (id: string) => harness.exchanges.filter((exchange) => exchange.channel === 'tokens:fetch' && (exchange.request as { id: string }).id === id).length;

  it('focuses search with "/" and with Ctrl+F; Esc leaves it', async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('/');
    await expect.poll(focusedId).toBe('profile-search');
    expect(await page.getByLabel('Search profiles').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(focusedId).not.toBe('profile-search');
    await page.keyboard.press('Control+f');
    await expect.poll(focusedId).toBe('profile-search');
    await page.keyboard.press('Escape');
  });

  it('moves the selection with the arrows, shown with aria-current and a focused row', async () => {
    await page.keyboard.press('ArrowDown');
    await expect.poll(current).toBe('First');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(current).toBe('Third');
    await page.keyboard.press('ArrowDown');
    await expect.poll(current).toBe('Third');
    await page.keyboard.press('ArrowUp');
    await expect.poll(current).toBe('Second');
    await expect.poll(focusedId).toBe(`profile-row-${seeded[1]!.id}`);
    // The focus ring is drawn: the row's outline is not "none".
    const outline = await profileRow(page, 'Second').evaluate((row) => getComputedStyle(row).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('copies the selected profile’s token with Enter and with Ctrl+C', async () => {
    const { testCore } = harness;
    await page.keyboard.press('Enter');
    await expect.poll(() => testCore.clipboard.length).toBe(1);
    expect(testCore.clipboard[0]).toBe(butlr.issuedTokens[0]);
    const copies = harness.exchanges.filter((exchange) => exchange.channel === 'tokens:copy');
    expect(copies.at(-1)?.request).toEqual({ id: seeded[1]!.id });

    await page.keyboard.press('Control+c');
    await expect.poll(() => testCore.clipboard.length).toBe(2);
    expect(testCore.clipboard[1]).toBe(butlr.issuedTokens[0]);
  });

  it('renews the selected token with Ctrl+R and does not reload the window', async () => {
    // Headless Chromium has no reload accelerator, so check what Electron's would look at: the key was prevented.
    await page.evaluate(() => {
      const marks = window as unknown as { stillHere: boolean; reloadPrevented?: boolean };
      marks.stillHere = true;
      window.addEventListener('keydown', (event) => {
        if (event.key === 'r') marks.reloadPrevented = event.defaultPrevented;
      });
    });
    const before = fetchesFor(seeded[1]!.id);
    await page.keyboard.press('Control+r');
    await expect.poll(() => fetchesFor(seeded[1]!.id)).toBe(before + 1);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '“Second”: got a new token.' }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { reloadPrevented?: boolean }).reloadPrevented)).toBe(true);
    expect(butlr.issuedTokens).toHaveLength(2);
  });

  it('opens New profile with Ctrl+N and closes it with Esc', async () => {
    await page.keyboard.press('Control+n');
    await expect.poll(() => profileDialog(page).isVisible()).toBe(true);
    expect(await profileDialog(page).getAttribute('aria-labelledby')).toBeTruthy();
    await page.keyboard.press('Escape');
    await expect.poll(() => profileDialog(page).count()).toBe(0);
  });

  it('closes a row’s menu with Esc, back on its button', async () => {
    const row = profileRow(page, 'First');
    await row.getByRole('button', { name: 'More' }).click();
    await expect.poll(() => row.getByRole('menu').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => row.getByRole('menu').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('More');
  });

  it('lists every shortcut on "?", Settings’ Ctrl+, included, and closes with Esc', async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => sheet.isVisible()).toBe(true);
    const text = (await sheet.textContent()) ?? '';
    for (const keys of ['/', 'Ctrl+F', '↑', '↓', 'Enter', 'Ctrl+C', 'Ctrl+R', 'Ctrl+N', 'Ctrl+,', 'Esc', '?']) expect(text).toContain(keys);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    expect(harness.problems).toEqual([]);
  });

  it('makes the row whose Copy was clicked the current one, so the next Ctrl+C copies that row and not the one before', async () => {
    const { testCore } = harness;
    await profileRow(page, 'First').click({ position: { x: 4, y: 4 } });
    await expect.poll(current).toBe('First');
    const copies = () => harness.exchanges.filter((exchange) => exchange.channel === 'tokens:copy');
    const before = copies().length;
    await profileRow(page, 'Third').getByRole('button', { name: /^Copy/ }).first().click();
    await expect.poll(() => copies().length).toBe(before + 1);
    await expect.poll(current).toBe('Third');
    await page.keyboard.press('Control+c');
    await expect.poll(() => copies().length).toBe(before + 2);
    expect(copies().at(-1)?.request).toEqual({ id: seeded[2]!.id });
    expect(testCore.clipboard.length).toBeGreaterThan(0);
  });

  it('says “getting a token…” in the row, with a spinner, while a Get token is under way, and the new countdown after', async () => {
    const row = profileRow(page, 'First');
    await row.click({ position: { x: 4, y: 4 } });
    await expect.poll(current).toBe('First');
    butlr.setDelay(1500);
    try {
      await page.keyboard.press('Control+r');
      await expect.poll(() => row.getByTestId('countdown').textContent()).toBe('getting a token…');
      expect(await row.locator('.token-state').getAttribute('aria-busy')).toBe('true');
      // Only the row asked about: the others keep their countdowns.
      expect(await profileRow(page, 'Second').getByTestId('countdown').textContent()).toMatch(/^expires in \d{2}:\d{2}$/);
      await expect.poll(() => row.getByTestId('countdown').textContent(), { timeout: 5000 }).toMatch(/^expires in (59|60):\d{2}$/);
      expect(await row.locator('.token-state').getAttribute('aria-busy')).toBeNull();
    } finally {
      butlr.setDelay(0);
    }
  });
});
