// Saving lands on what was saved, in the virtualized board of 300 profiles in Chromium against the real main handlers: the
// row, however far down the list, is scrolled into view, becomes the keyboard's row with focus, and a short status says so.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../fixtures/axe-scan';
import { seedProfiles } from '../fixtures/board-seed';
import type { BrowserWorld } from '../fixtures/browser-world';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { chooseFromMoreMenu, openFormSection, profileDialog, profileRow } from '../fixtures/journey-steps';
import { openManyProfilesWorld } from '../fixtures/many-profiles';
import type { RendererHarness } from '../fixtures/renderer-harness';

const PROFILES = 300;
const siteName = (n: number): string => `Site ${String(n).padStart(4, '0')}`;

describe('saving lands on the saved row, in a long board', () => {
  let world: BrowserWorld | undefined;
  let butlr: FakeButlrServer;
  let harness: RendererHarness;
  let page: Page;

  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('data-profile-name') ?? null);
  const currentName = () => page.locator('[data-testid="profile-row"][aria-current="true"]').getAttribute('data-profile-name');
  /** Whether the row is wholly in the window, below the sticky header. */
  const inView = (name: string) =>
    profileRow(page, name).evaluate((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= (document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0) && box.bottom <= innerHeight;
    });
  const said = (text: string) => page.getByRole('status').filter({ hasText: text });

  beforeAll(async () => {
    world = await openManyProfilesWorld({
      butlr: { expiresInSeconds: 3600 },
      seed: (core, server) => seedProfiles(core, [{ name: siteName(1), baseUrl: server.url }]),
      clones: { count: PROFILES - 1, nameOf: (index) => siteName(index + 2) },
    });
    ({ butlr, harness, page } = world);
    page.setDefaultTimeout(5000);
    await page.getByTestId('profile-row').first().waitFor();
  }, 60_000);

  afterAll(() => world?.close());

  it('a new profile, added at the end of 300, is scrolled to, current and focused, and “Added” is said', async () => {
    expect(await profileRow(page, siteName(PROFILES)).count()).toBe(0);
    await page.getByRole('button', { name: 'New profile' }).click();
    const dialog = profileDialog(page);
    await dialog.getByLabel('Name', { exact: true }).fill('Zulu');
    await dialog.getByLabel('Client ID', { exact: true }).fill('demo-client');
    await dialog.getByLabel('Client secret', { exact: true }).fill('demo-secret');
    await openFormSection(dialog, 'Advanced');
    await dialog.getByLabel('Base URL', { exact: true }).fill(butlr.url);
    await dialog.getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => dialog.locator('#profile-test-note').textContent()).toMatch(/^Signed in/);
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(focusedName).toBe('Zulu');
    expect(await inView('Zulu')).toBe(true);
    expect(await currentName()).toBe('Zulu');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect.poll(() => said('Added “Zulu”').count()).toBe(1);
    expect(await profileRow(page, 'Zulu').getByTestId('token-status').textContent()).toBe('Valid');
    expect(butlr.requests).toHaveLength(1);
    // The keyboard carries on from there: the row above is one arrow away.
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedName).toBe(siteName(PROFILES));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('an edit that moves the row far away in the sorted board lands on it there, “Saved”', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByLabel('Sort by').selectOption({ label: 'Name' });
    const first = profileRow(page, siteName(1));
    await expect.poll(() => first.count()).toBe(1);
    await chooseFromMoreMenu(first, 'Edit');
    const dialog = profileDialog(page);
    await dialog.getByLabel('Name', { exact: true }).fill('Zz renamed');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(focusedName).toBe('Zz renamed');
    expect(await inView('Zz renamed')).toBe(true);
    expect(await currentName()).toBe('Zz renamed');
    await expect.poll(() => said('Saved “Zz renamed”').count()).toBe(1);
    expect(harness.exchanges.filter((exchange) => exchange.channel === 'profiles:update').at(-1)?.request).not.toHaveProperty('testedToken');
  });

  it('a profile the search hides is added all the same, and focus stays where the form was opened from', async () => {
    await page.getByLabel('Search profiles').fill('Site 0002');
    await expect.poll(() => page.getByTestId('profile-row').count()).toBe(1);
    await page.getByRole('button', { name: 'New profile' }).click();
    const dialog = profileDialog(page);
    await dialog.getByLabel('Name', { exact: true }).fill('Hidden by search');
    await dialog.getByLabel('Client ID', { exact: true }).fill('demo-client');
    await dialog.getByLabel('Client secret', { exact: true }).fill('demo-secret');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => said('Added “Hidden by search”').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New profile');
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
