// The details panel and Settings in Chromium against the real main handlers: claims, Show token, activity and CSV, auto-refresh, settings.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import type { Settings } from '../../shared/settings';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { addProfile, chooseFromMoreMenu, profileRow } from '../fixtures/journey-steps';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';

const SECRET = 'demo-secret';
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../docs');

describe('token details and settings in the built renderer', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let exportDir: string;
  let harness: RendererHarness;
  let page: Page;

  const panel = (): Locator => page.getByTestId('details-panel');
  const settingsDialog = (): Locator => page.getByRole('dialog', { name: 'Settings' });
  const exchangesOn = (channel: string) => harness.exchanges.filter((exchange) => exchange.channel === channel);
  /** Calls main the way the page would, outside the page, to see what main itself holds. */
  async function askMain<T>(channel: string): Promise<T> {
    const result = (await harness.testCore.invoke(channel)) as { ok: boolean; value: T };
    expect(result.ok).toBe(true);
    return result.value;
  }
  /** Toasts sit over the panel's corner; clear them before a screenshot. */
  async function dismissToasts(): Promise<void> {
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 1000 }).catch(() => {});
    await page.mouse.move(0, 0);
  }

  beforeAll(async () => {
    exportDir = await mkdtemp(join(tmpdir(), 'butlr-export-'));
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 }, harness: { viewport: { width: 1280, height: 860 } } });
    ({ butlr, harness, page } = world);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    // Auto-refresh is switched on below: closing the world stops its timer, so nothing renews after the server is gone.
    await world?.close();
    if (exportDir) await rm(exportDir, { recursive: true, force: true });
  });

  it('opens a fetched profile’s details from its name and shows the decoded header and claims', async () => {
    const row = await addProfile(page, { name: 'Staging HQ', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: SECRET });
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('Valid');
    await row.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => harness.testCore.clipboard.length).toBe(1);

    await row.getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => panel().isVisible()).toBe(true);
    const claims = panel().getByRole('region', { name: 'Token claims' });
    await expect.poll(() => claims.locator('[data-claim="sub"] dd').textContent()).toBe('demo-client@clients');
    expect(await claims.locator('[data-claim="https://butlr.io/org_id"] dd').textContent()).toBe('org_demo');
    expect(await claims.locator('[data-claim="alg"] dd').textContent()).toBe('HS256');
    expect(await claims.locator('[data-claim="typ"] dd').textContent()).toBe('JWT');
    expect(await claims.locator('[data-claim="aud"] dd').textContent()).toBe('https://butlrauth/');
    expect(await claims.locator('[data-claim="scope"] dd').textContent()).toBe('read:all');
    // Epoch-second claims read as local dates, with the raw number beside them.
    const exp = await claims.locator('[data-claim="exp"] dd').textContent();
    expect(exp).toContain(String(new Date().getFullYear()));
    expect(exp).toMatch(/\d{10}$/);
    const tokenSection = panel().getByRole('region', { name: 'Token', exact: true });
    expect(await tokenSection.textContent()).toMatch(/Obtained.*Expires/);
  });

  it('Show token hands exactly the issued token to main’s own window, and none to the page', async () => {
    await panel().getByRole('button', { name: 'Show token' }).click();
    await expect.poll(() => harness.testCore.dialogs.shownTokens.length).toBe(1);
    const token = butlr.issuedTokens[0]!;
    expect(butlr.issuedTokens).toHaveLength(1);
    expect(harness.testCore.dialogs.shownTokens).toEqual([{ profileName: 'Staging HQ', accessToken: token }]);

    expect(exchangesOn('tokens:reveal').map((exchange) => exchange.response)).toEqual([{ ok: true, value: { shown: true } }]);
    const traffic = JSON.stringify({ answers: harness.exchanges.map((exchange) => exchange.response), events: harness.events });
    const [, payload, signature] = token.split('.');
    for (const forbidden of [token, payload!, signature!, SECRET]) expect(traffic).not.toContain(forbidden);
    expect(await page.content()).not.toContain(token);
  });

  it('lists the fetched and copied events, newest first, with who asked and when', async () => {
    const events = panel().getByTestId('activity-event');
    await expect.poll(() => events.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.kind))).toEqual(['copied', 'fetched']);
    expect(await events.first().textContent()).toMatch(/^Copied by you.*just now · .*\d/);
    expect(await events.nth(1).textContent()).toMatch(/^Got token by you/);
    expect(await events.first().locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('exports the activity as CSV through main’s save dialog, and says nothing when the dialog is cancelled', async () => {
    const exportButton = panel().getByRole('button', { name: 'Export CSV' });
    harness.testCore.dialogs.nextSavePath = null;
    await exportButton.click();
    await expect.poll(() => exchangesOn('activity:export').length).toBe(1);
    expect(exchangesOn('activity:export')[0]!.response).toEqual({ ok: true, value: { savedTo: null } });
    expect(await page.getByRole('status').filter({ hasText: 'saved to' }).count()).toBe(0);

    const path = join(exportDir, 'staging-activity.csv');
    harness.testCore.dialogs.nextSavePath = path;
    await exportButton.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `activity saved to ${path}` }).count()).toBe(1);
    expect(harness.testCore.dialogs.savePrompts).toEqual(['butlr-activity-staging-hq.csv', 'butlr-activity-staging-hq.csv']);
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('time (UTC),event,trigger,error code,detail');
    expect(lines.slice(1).map((line) => line.split(',').slice(1).join(','))).toEqual(['copied,manual,,', 'fetched,manual,,']);
  });

  it('turns auto-refresh on: main keeps the choice and the row shows “Auto” with the next renewal', async () => {
    const toggle = panel().getByRole('switch', { name: 'Auto-refresh' });
    expect(await toggle.isChecked()).toBe(false);
    expect(await panel().textContent()).toContain('Butlr may limit how many sign-ins your organisation makes');
    const row = profileRow(page, 'Staging HQ');
    expect(await row.getByTestId('auto-refresh').count()).toBe(0);

    await toggle.click();
    await expect.poll(() => row.getByTestId('auto-refresh').textContent()).toMatch(/Auto.*next token in \d\d:\d\d/);
    expect(await toggle.isChecked()).toBe(true);
    const profile = (await askMain<ProfileView[]>('profiles:list')).find((candidate) => candidate.name === 'Staging HQ')!;
    expect(profile.autoRefresh).toBe(true);
    expect(profile.nextRefreshAt).toBeGreaterThan(Date.now());
    await expect.poll(() => panel().textContent()).toMatch(/Next token at/);

    await dismissToasts();
    // Clicking Export CSV scrolled the panel; the screenshot shows it from the top.
    await panel().evaluate((element) => element.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'details-panel.png') });
  });

  it('closes with Esc, gives focus back to the row, and opens again from the keyboard or the row’s menu, not a click on the row', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().count()).toBe(0);
    const nameButton = profileRow(page, 'Staging HQ').getByRole('button', { name: 'Details' });
    expect(await nameButton.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await nameButton.getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('Enter');
    await expect.poll(() => panel().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details-title');
    expect(await nameButton.getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('Escape');
    await expect.poll(() => panel().count()).toBe(0);
    // A click on the row makes it the keyboard's row (a second would copy): the details stay shut, so the row stays put.
    const row = profileRow(page, 'Staging HQ');
    await row.getByTestId('countdown').click();
    await expect.poll(() => row.getAttribute('aria-current')).toBe('true');
    expect(await panel().count()).toBe(0);
    await chooseFromMoreMenu(row, 'Show details');
    await expect.poll(() => panel().isVisible()).toBe(true);
  });

  it('covers the list on a 720×480 window, and leaves it usable again when closed', async () => {
    await page.setViewportSize({ width: 720, height: 480 });
    await expect.poll(async () => (await panel().boundingBox())?.width).toBe(720);
    expect(await page.locator('.app-list').getAttribute('inert')).not.toBeNull();
    await panel().getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => panel().count()).toBe(0);
    expect(await page.locator('.app-list').getAttribute('inert')).toBeNull();
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('refuses an invalid setting inline with the shared message and saves nothing', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const timeout = settingsDialog().getByLabel('Wait for Butlr (seconds)', { exact: true });
    await timeout.fill('0');
    await settingsDialog().getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => settingsDialog().textContent()).toContain('At least 1 second.');
    expect(await timeout.getAttribute('aria-invalid')).toBe('true');
    expect(await timeout.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(exchangesOn('settings:update')).toEqual([]);
    expect((await askMain<Settings>('settings:get')).requestTimeoutSeconds).toBe(15);

    await page.keyboard.press('Escape');
    // Gone from the page, not only closed: the dialog's close event is what lets the shell open it again.
    await expect.poll(() => page.locator('dialog').count()).toBe(0);
  });

  it('saves settings that survive a reload and make a fresh one-hour token “Expiring soon”', async () => {
    await page.keyboard.press('Control+Comma');
    await expect.poll(() => settingsDialog().isVisible()).toBe(true);
    const expiringSoon = settingsDialog().getByLabel('Expiring soon (seconds)', { exact: true });
    await settingsDialog().getByLabel('Least time left on a copied token (seconds)', { exact: true }).fill('120');
    // The shared schema caps the threshold at an hour; 3700 is refused with its message.
    await expiringSoon.fill('3700');
    await settingsDialog().getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => settingsDialog().textContent()).toContain('At most an hour.');
    expect(exchangesOn('settings:update')).toEqual([]);

    await expiringSoon.fill('3600');
    await settingsDialog().getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => settingsDialog().count()).toBe(0);
    expect(exchangesOn('settings:update').map((exchange) => exchange.request)).toEqual([
      // Only what changed: a setting changed elsewhere meanwhile is not overwritten.
      { expiringSoonSeconds: 3600, copyMarginSeconds: 120 },
    ]);
    // The older token already has less than an hour left: the new threshold reaches the list without a reload.
    await expect.poll(() => profileRow(page, 'Staging HQ').getByTestId('token-status').textContent()).toBe('Expiring soon');

    await page.reload();
    await expect.poll(() => profileRow(page, 'Staging HQ').count()).toBe(1);
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await settingsDialog().getByLabel('Least time left on a copied token (seconds)', { exact: true }).inputValue()).toBe('120');
    expect(await settingsDialog().getByLabel('Expiring soon (seconds)', { exact: true }).inputValue()).toBe('3600');
    expect(await settingsDialog().getByLabel('Auto-refresh new profiles', { exact: true }).isChecked()).toBe(false);
    await dismissToasts();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings.png') });
    await settingsDialog().getByRole('button', { name: 'Cancel' }).click();

    const row = await addProfile(page, { name: 'Production EU', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: SECRET });
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('Expiring soon');
    expect(await row.getByTestId('countdown').textContent()).toMatch(/expires in (59:\d\d|60:00)/);
  });

  it('marks a profile “Failed — needs attention” when auto-refresh meets rejected credentials, and shows it paused', async () => {
    const row = await addProfile(page, { name: 'Wrong secret', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: 'not-the-secret' });
    expect(await row.getByTestId('token-status').textContent()).toBe('No token yet');
    await row.getByRole('button', { name: 'Details' }).click();
    // With no token held, switching auto-refresh on signs in at once; Butlr refuses, and the schedule stops.
    await panel().getByRole('switch', { name: 'Auto-refresh' }).click();
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('Failed — needs attention');
    expect(await row.getByTestId('token-status').getAttribute('data-state')).toBe('needs-you');
    await expect.poll(() => row.getByTestId('auto-refresh').textContent()).toMatch(/paused/);
    expect(await panel().textContent()).toContain('Paused: Butlr refused these credentials.');
    const failed = panel().getByTestId('activity-event').first();
    await expect.poll(() => failed.textContent()).toMatch(/^Failed by auto-refresh rejected_credentials/);
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
