// The profile form's Test action in Chromium against the real main handlers and the fake Butlr server: it signs in, says how it went, and saves nothing.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { addProfile, chooseFromMoreMenu, listedNames, profileDialog, profileRow } from '../fixtures/journey-steps';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';


describe('testing credentials from the profile form', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  const dialog = (): Locator => profileDialog(page);
  const testButton = (): Locator => dialog().getByRole('button', { name: 'Test', exact: true });
  const note = (): Locator => dialog().locator('#profile-test-note');
  const calls = (channel: string) => harness.exchanges.filter((exchange) => exchange.channel === channel);

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 } });
    ({ butlr, harness, page } = world);
  });

  afterAll(() => world?.close());

  async function fillNewProfile(secret: string): Promise<void> {
    await page.getByRole('button', { name: 'New profile' }).first().click();
    await dialog().getByLabel('Name', { exact: true }).fill('Staging');
    await dialog().getByLabel('Base URL', { exact: true }).fill(butlr.url);
    await dialog().getByLabel('Client ID', { exact: true }).fill('demo-client');
    await dialog().getByLabel('Client secret', { exact: true }).fill(secret);
  }

  it('checks the form with the shared schema first, and asks main nothing while a field is wrong', async () => {
    await page.getByRole('button', { name: 'New profile' }).first().click();
    await testButton().click();
    await expect.poll(() => dialog().getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('name');
    expect(calls('tokens:test-profile')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
  });

  it('signs in with the typed credentials and shows how long the token is valid, saving nothing', async () => {
    await fillNewProfile('demo-secret');
    await testButton().click();
    // 59:59 when more than a second passed between sending the sign-in and showing its answer.
    await expect.poll(() => note().textContent()).toMatch(/^Signed in: the token is valid for (60:00|59:59)$/);
    expect(await note().getAttribute('role')).toBe('status');
    expect(butlr.issuedTokens).toHaveLength(1);
    const [request] = calls('tokens:test-profile').map((exchange) => exchange.request);
    expect(request).toMatchObject({ kind: 'client_credentials', name: 'Staging', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: 'demo-secret' });
    // The token itself never reaches the page.
    expect(JSON.stringify(calls('tokens:test-profile').map((exchange) => exchange.response))).not.toContain(butlr.issuedTokens[0]!);

    // An edit makes the outcome stale, so it is no longer shown.
    await dialog().getByLabel('Name', { exact: true }).fill('Staging 2');
    await expect.poll(() => note().textContent()).not.toContain('Signed in');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(calls('profiles:create')).toEqual([]);
    expect(await listedNames(page)).toEqual([]);
  });

  it('shows a wrong secret’s rejection from main in the form, and creates no profile', async () => {
    await fillNewProfile('not-the-secret');
    await testButton().click();
    const error = dialog().locator('.form-error');
    await expect.poll(() => error.textContent()).toContain('rejected these credentials');
    expect(await error.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await note().textContent()).not.toContain('Signed in');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(calls('profiles:create')).toEqual([]);
    expect(((await harness.testCore.invoke('profiles:list')) as { value: unknown[] }).value).toEqual([]);
  });

  it('in the edit dialog, Test waits for a secret to be typed: the saved one never leaves main', async () => {
    await addProfile(page, { name: 'Production', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: 'demo-secret' });
    await chooseFromMoreMenu(profileRow(page, 'Production'), 'Edit');
    expect(await testButton().isDisabled()).toBe(true);
    expect(await note().textContent()).toContain('the saved one never leaves');
    await dialog().getByLabel('Client secret', { exact: true }).fill('demo-secret');
    expect(await testButton().isEnabled()).toBe(true);
    await testButton().click();
    await expect.poll(() => note().textContent()).toMatch(/^Signed in: the token is valid for (60:00|59:59)$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(calls('profiles:update')).toEqual([]);
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
