// A row whose sign-in Butlr rejected offers its fix, in Chromium against the real main handlers: "Update secret" on the
// problem line (and in the row's menu, in both densities) opens the edit form at an empty secret field, ready to paste.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../fixtures/axe-scan';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { addProfile, chooseFromMoreMenu, profileDialog, profileRow } from '../fixtures/journey-steps';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';

describe('Update secret on rejected credentials', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  const status = (row: Locator) => row.getByTestId('token-status').textContent();
  const dialog = (): Locator => profileDialog(page);
  const secretInput = (): Locator => dialog().getByLabel('Client secret', { exact: true });
  const secretIsFocused = () => secretInput().evaluate((input) => input === document.activeElement);
  const paste = (input: Locator, text: string): Promise<void> =>
    input.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);

  async function rejectedRow(name: string): Promise<Locator> {
    const row = await addProfile(page, { name, baseUrl: butlr.url, clientId: 'demo-client', clientSecret: 'an-old-secret' });
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => status(row)).toBe('Failed — needs attention');
    return row;
  }

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 } });
    ({ butlr, harness, page } = world);
    page.setDefaultTimeout(5000);
  });

  afterAll(() => world?.close());

  it('is offered on the problem line of a rejected row, never for a row that works', async () => {
    const row = await rejectedRow('Rotated');
    expect(await row.textContent()).toContain('rejected these credentials');
    expect(await row.getByRole('button', { name: 'Update secret' }).count()).toBe(1);
    expect(await row.getByRole('button', { name: 'Enter secret' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    const fine = await addProfile(page, { name: 'Fine', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: 'demo-secret' });
    await chooseFromMoreMenu(fine, 'Get token');
    await expect.poll(() => status(fine)).toBe('Valid');
    expect(await fine.getByRole('button', { name: 'Update secret' }).count()).toBe(0);
  });

  it('opens the edit form at the secret field, empty; the new secret tested and saved makes the row Valid with no more sign-ins', async () => {
    const row = profileRow(page, 'Rotated');
    await row.getByRole('button', { name: 'Update secret' }).click();
    await expect.poll(() => dialog().getByRole('heading').textContent()).toBe('Update secret');
    await expect.poll(secretIsFocused).toBe(true);
    expect(await secretInput().inputValue()).toBe('');

    await paste(secretInput(), 'demo-secret\n');
    expect(await secretInput().inputValue()).toBe('demo-secret');
    await dialog().getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => dialog().locator('#profile-test-note').textContent()).toMatch(/^Signed in/);
    const signIns = butlr.requests.length;
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog().count()).toBe(0);

    await expect.poll(() => status(row)).toBe('Valid');
    expect(await row.getByRole('button', { name: 'Update secret' }).count()).toBe(0);
    expect(await row.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(butlr.requests.length).toBe(signIns);
    expect(harness.exchanges.filter((exchange) => exchange.channel === 'profiles:update').at(-1)?.request).toMatchObject({
      changes: { secret: 'demo-secret' },
      testedToken: expect.any(String),
    });
  });

  it('is in the row’s menu too, and in the compact board, where rows have no problem line', async () => {
    await page.getByLabel('Density').selectOption({ label: 'Compact' });
    const row = await rejectedRow('Rotated again');
    expect(await row.locator('.profile-problem').count()).toBe(0);
    await chooseFromMoreMenu(row, 'Update secret');
    await expect.poll(secretIsFocused).toBe(true);
    expect(await secretInput().inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);

    // And on the row's one line, in Retry's place: "Fix…", named in full for screen readers.
    const fix = row.getByRole('button', { name: 'Fix: Update secret' });
    expect(await fix.textContent()).toBe('Fix…');
    expect(await profileRow(page, 'Fine').getByRole('button', { name: /^Fix/ }).count()).toBe(0);
    // The slot has one width, with Fix…, Retry or neither, so Copy lines up down the board.
    const copyX = async (name: string) => (await profileRow(page, name).locator('.copy-button').boundingBox())!.x;
    expect(await copyX('Rotated again')).toBeCloseTo(await copyX('Fine'), 0);
    expect(await seriousViolations(page)).toEqual([]);
    await fix.click();
    await expect.poll(secretIsFocused).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    await page.getByLabel('Density').selectOption({ label: 'Comfortable' });
  });

  it('says why it opened, and refuses a Save with the secret empty: the form stays, the field says what to do and has focus', async () => {
    const row = await rejectedRow('Rotated thrice');
    await row.getByRole('button', { name: 'Update secret' }).click();
    await expect.poll(secretIsFocused).toBe(true);
    expect(await dialog().textContent()).toContain('Butlr rejected the saved client secret');
    expect(await dialog().textContent()).not.toContain('Leave empty');
    const updates = harness.exchanges.filter((exchange) => exchange.channel === 'profiles:update').length;

    await dialog().getByLabel('Name', { exact: true }).focus();
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => secretInput().getAttribute('aria-invalid')).toBe('true');
    expect(await dialog().textContent()).toContain('Enter the new client secret.');
    await expect.poll(secretIsFocused).toBe(true);
    expect(await dialog().count()).toBe(1);
    expect(harness.exchanges.filter((exchange) => exchange.channel === 'profiles:update').length).toBe(updates);

    await secretInput().fill('demo-secret');
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => status(row)).toBe('Valid');
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
