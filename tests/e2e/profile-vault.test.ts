// The profile vault in Chromium against the real main handlers: the password grant, edit with a secret bound to its server,
// duplicate, manual order, delete with Undo — and no secret or token ever reaching the page.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import { DEFAULT_FAKE_USERS, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { addPasswordProfile, chooseFromMoreMenu, fetchWatchAndCopy, listedNames, openFormSection, pageTraffic, profileDialog, profileRow } from '../fixtures/journey-steps';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';

const SECRET = 'demo-secret';
const USERNAME = 'admin@example.com';
const PASSWORD = DEFAULT_FAKE_USERS[USERNAME];
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../docs');

describe('profile vault in the built renderer', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  const exchangesOn = (channel: string) => harness.exchanges.filter((exchange) => exchange.channel === channel);
  async function mainProfiles(): Promise<ProfileView[]> {
    const result = (await harness.testCore.invoke('profiles:list')) as { ok: true; value: ProfileView[] };
    return result.value;
  }
  const status = (row: Locator) => row.getByTestId('token-status').textContent();
  const toast = (text: string) => page.getByRole('status').filter({ hasText: text });
  /** Toasts would sit over a screenshot; with no dialog open they can be dismissed. */
  async function dismissToasts(): Promise<void> {
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 1000 }).catch(() => {});
    await page.mouse.move(0, 0);
  }
  /** The open dialog, top to bottom, in a window tall enough for all of it. */
  async function screenshotWholeDialog(path: string): Promise<void> {
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: 1200 });
    await page.locator('dialog[open]').evaluate((dialog) => dialog.scrollTo(0, 0));
    await page.screenshot({ path });
    await page.setViewportSize(size);
  }

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { clients: { 'demo-client': SECRET }, expiresInSeconds: 3600 }, harness: { viewport: { width: 1100, height: 860 } } });
    ({ butlr, harness, page } = world);
    // A step that cannot happen fails in seconds with its reason, well inside the test's own time limit.
    page.setDefaultTimeout(5000);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(() => world?.close());

  it('signs in a username-and-password profile at /api/v2/login, counts down and copies exactly the token', async () => {
    const row = await addPasswordProfile(page, { name: 'Admin login', baseUrl: butlr.url, username: USERNAME, password: PASSWORD });
    expect(await row.textContent()).toContain(USERNAME);
    expect(await status(row)).toBe('No token yet');

    const firstReading = await fetchWatchAndCopy(page, row);
    expect(firstReading).toBeGreaterThan(3500);
    expect(butlr.requests).toEqual([{ path: '/api/v2/login', body: { username: USERNAME, password: PASSWORD } }]);
    expect(harness.testCore.clipboard).toEqual([butlr.issuedTokens[0]]);
    const [created] = await mainProfiles();
    expect(created).toMatchObject({ kind: 'password', username: USERNAME, secret: 'set' });
  });

  it('recommends client credentials in the form, checks fields inline and shows main’s name clash beside Name', async () => {
    const createsBefore = exchangesOn('profiles:create').length;
    await dismissToasts();
    await page.getByRole('button', { name: 'New profile' }).click();
    const dialog = profileDialog(page);
    // Client credentials, the recommended kind, with no kind to choose and no caution before the first field.
    expect(await dialog.getByLabel('Client ID', { exact: true }).count()).toBe(1);
    expect(await dialog.getByRole('radio').count()).toBe(0);
    expect(await dialog.textContent()).not.toContain('RFC 9700');

    await openFormSection(dialog, 'Advanced');
    await dialog.getByLabel('Base URL', { exact: true }).fill('http://butlr.example.com');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    expect(await dialog.textContent()).toContain('Give the profile a name.');
    expect(await dialog.textContent()).toContain('Use an https:// address');
    expect(await dialog.getByLabel('Name', { exact: true }).evaluate((input) => input === document.activeElement)).toBe(true);
    expect(exchangesOn('profiles:create')).toHaveLength(createsBefore);

    await dialog.getByLabel('Name', { exact: true }).fill('admin login ');
    await dialog.getByLabel('Base URL', { exact: true }).fill(butlr.url);
    await dialog.getByLabel('Client ID', { exact: true }).fill('demo-client');
    await dialog.getByLabel('Client secret', { exact: true }).fill(SECRET);
    await openFormSection(dialog, 'Organise');
    await dialog.getByLabel('Tags', { exact: true }).fill('staging, eu, staging');
    await dialog.getByRole('radio', { name: 'Teal' }).check();
    await dialog.getByLabel('Notes', { exact: true }).fill('The EU staging tenant.');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    // Names are unique ignoring case and spaces; main says so, and the form puts it beside Name.
    const nameField = dialog.getByLabel('Name', { exact: true });
    await expect.poll(() => nameField.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('A profile named “admin login” already exists.');

    await nameField.fill('Staging EU');
    // Leaving the field checks it again: the clash message goes.
    await page.keyboard.press('Tab');
    await expect.poll(() => nameField.getAttribute('aria-invalid')).toBe('false');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await screenshotWholeDialog(join(SCREENSHOT_DIR, 'profile-form.png'));
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    const row = profileRow(page, 'Staging EU');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('data-color')).toBe('teal');
    expect(await row.locator('.tag').allTextContents()).toEqual(['staging', 'eu']);
    expect((await mainProfiles()).find((profile) => profile.name === 'Staging EU')).toMatchObject({ notes: 'The EU staging tenant.', tags: ['staging', 'eu'], color: 'teal' });
  });

  it('clears the saved secret when the base URL changes, says so before saving, and works again once it is entered', async () => {
    const row = profileRow(page, 'Staging EU');
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => status(row)).toBe('Valid');

    await chooseFromMoreMenu(row, 'Edit');
    const dialog = profileDialog(page);
    const secret = dialog.getByLabel('Client secret', { exact: true });
    expect(await secret.inputValue()).toBe('');
    expect(await dialog.textContent()).toContain('Leave empty to keep the saved secret.');
    // A saved profile keeps its kind: there is no way to another.
    expect(await dialog.getByRole('button', { name: 'Use a username and password instead' }).count()).toBe(0);
    const warning = dialog.getByTestId('secret-cleared-warning');
    expect(await warning.count()).toBe(0);

    // The same fake server under another name: a different origin, so a different server as far as the secret goes.
    const otherOrigin = butlr.url.replace('127.0.0.1', 'localhost');
    await openFormSection(dialog, 'Advanced');
    await dialog.getByLabel('Base URL', { exact: true }).fill(`${otherOrigin}/`);
    expect(await warning.textContent()).toContain('The base URL changed, so saving clears the saved client secret');
    // The hint right above the warning agrees with it: leaving the field empty would lose the secret.
    expect(await dialog.textContent()).not.toContain('Leave empty');
    expect(await dialog.textContent()).toContain('Enter the secret again: the saved one was for the old base URL.');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(exchangesOn('profiles:update').at(-1)?.request).toEqual({ id: expect.any(String), changes: { baseUrl: otherOrigin } });

    await expect.poll(() => status(row)).toBe('Needs secret');
    expect(await row.textContent()).toContain('“Staging EU”: No client secret is saved. Enter it to get tokens.');
    expect((await mainProfiles()).find((profile) => profile.name === 'Staging EU')).toMatchObject({ secret: 'missing', baseUrl: otherOrigin, token: { state: 'none' } });

    await row.getByRole('button', { name: 'Enter secret' }).click();
    await expect.poll(() => secret.evaluate((input) => input === document.activeElement)).toBe(true);
    // Nothing is saved: no line speaks of "the saved one".
    expect(await dialog.textContent()).not.toMatch(/Saved secrets are never shown|the saved one never leaves/);
    expect(await dialog.getByRole('heading').textContent()).toBe('Enter secret');
    // Saving without the secret would close with the row still red: refused, with the reason beside the field.
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => secret.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('Enter the client secret.');
    await expect.poll(() => secret.evaluate((input) => input === document.activeElement)).toBe(true);
    await secret.fill(SECRET);
    expect(await warning.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => status(row)).toBe('No token yet');
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => status(row)).toBe('Valid');
    expect(butlr.requests.at(-1)).toEqual({
      path: '/api/v2/clients/login',
      body: { client_id: 'demo-client', client_secret: SECRET, audience: 'https://butlrauth/', grant_type: 'client_credentials' },
    });
  });

  it('duplicates a profile with its secret under the next free name', async () => {
    await chooseFromMoreMenu(profileRow(page, 'Staging EU'), 'Duplicate');
    const copy = profileRow(page, 'Staging EU (2)');
    await expect.poll(() => copy.count()).toBe(1);
    await expect.poll(() => toast('“Staging EU”: duplicated as “Staging EU (2)”.').count()).toBe(1);
    await chooseFromMoreMenu(copy, 'Get token');
    await expect.poll(() => status(copy)).toBe('Valid');
  });

  it('moves profiles with the menu and with Alt+arrows, and keeps the order after a reload', async () => {
    expect(await listedNames(page)).toEqual(['Admin login', 'Staging EU', 'Staging EU (2)']);
    await chooseFromMoreMenu(profileRow(page, 'Admin login'), 'Move down');
    await expect.poll(() => listedNames(page)).toEqual(['Staging EU', 'Admin login', 'Staging EU (2)']);
    // The menu gives focus back to its button, which moved with its row.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="profile-row"]')?.getAttribute('data-profile-name'))).toBe('Admin login');

    const lastName = profileRow(page, 'Staging EU (2)').getByRole('button', { name: 'Details' });
    await lastName.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => listedNames(page)).toEqual(['Staging EU (2)', 'Staging EU', 'Admin login']);
    expect(await lastName.evaluate((button) => button === document.activeElement)).toBe(true);
    await expect.poll(async () => (await mainProfiles()).map((profile) => profile.name)).toEqual(['Staging EU (2)', 'Staging EU', 'Admin login']);

    await page.reload();
    await expect.poll(() => listedNames(page)).toEqual(['Staging EU (2)', 'Staging EU', 'Admin login']);
    await chooseFromMoreMenu(profileRow(page, 'Staging EU (2)'), 'Move down');
    await expect.poll(() => listedNames(page)).toEqual(['Staging EU', 'Staging EU (2)', 'Admin login']);
  });

  it('deletes with a toast whose Undo brings the profile back, token and all', async () => {
    const row = profileRow(page, 'Staging EU (2)');
    await chooseFromMoreMenu(row, 'Delete');
    await row.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row.count()).toBe(0);
    const deleted = toast('“Staging EU (2)”: deleted.');
    await expect.poll(() => deleted.count()).toBe(1);
    // Focus stays in the list, on the next profile.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="profile-row"]')?.getAttribute('data-profile-name'))).toBe('Admin login');
    expect((await mainProfiles()).map((profile) => profile.name)).not.toContain('Staging EU (2)');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => toast('“Staging EU (2)”: restored.').count()).toBe(1);
    expect(await listedNames(page)).toEqual(['Staging EU', 'Staging EU (2)', 'Admin login']);
    expect(await status(row)).toBe('Valid');

    // Ctrl+Z does the same while the toast is up.
    await chooseFromMoreMenu(row, 'Delete');
    await row.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => row.count()).toBe(1);
    expect(exchangesOn('profiles:restore')).toHaveLength(2);
  });

  it('sent the page no secret, password or token in any IPC answer or event', () => {
    const traffic = pageTraffic(harness);
    expect(butlr.issuedTokens.length).toBeGreaterThanOrEqual(4);
    for (const value of [SECRET, PASSWORD, ...butlr.issuedTokens, ...butlr.issuedTokens.map((token) => token.split('.')[1]!)]) {
      expect(traffic).not.toContain(value);
      expect(traffic).not.toContain(Buffer.from(value).toString('base64'));
    }
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
