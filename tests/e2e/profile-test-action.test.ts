// The profile form's Test action in Chromium against the real main handlers and the fake Butlr server: it sits on the
// secret's line, says how it went right there, and a Save of the same credentials keeps the token it fetched.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { addProfile, chooseFromMoreMenu, listedNames, openFormSection, pageTraffic, profileDialog, profileRow } from '../fixtures/journey-steps';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';

const SIGNED_IN = /^Signed in — token valid for 60 min\. Saving keeps it\.$/;

describe('testing credentials from the profile form', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  const dialog = (): Locator => profileDialog(page);
  const testButton = (): Locator => dialog().getByRole('button', { name: 'Test', exact: true });
  const note = (): Locator => dialog().locator('#profile-test-note');
  const secretInput = (): Locator => dialog().getByLabel('Client secret', { exact: true });
  const calls = (channel: string) => harness.exchanges.filter((exchange) => exchange.channel === channel);
  const signIns = () => butlr.requests.length;
  const focusedName = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('name') ?? document.activeElement?.textContent ?? null);
  async function mainProfile(name: string): Promise<ProfileView | undefined> {
    const result = (await harness.testCore.invoke('profiles:list')) as { ok: true; value: ProfileView[] };
    return result.value.find((profile) => profile.name === name);
  }

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 } });
    ({ butlr, harness, page } = world);
    page.setDefaultTimeout(5000);
  });

  afterAll(() => world?.close());

  async function fillNewProfile(name: string, secret: string): Promise<void> {
    await page.getByRole('button', { name: 'New profile' }).first().click();
    await dialog().getByLabel('Name', { exact: true }).fill(name);
    await dialog().getByLabel('Client ID', { exact: true }).fill('demo-client');
    await secretInput().fill(secret);
    await openFormSection(dialog(), 'Advanced');
    await dialog().getByLabel('Base URL', { exact: true }).fill(butlr.url);
  }

  async function closeDialog(): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
  }

  it('checks the form with the shared schema first, and asks main nothing while a field is wrong', async () => {
    await page.getByRole('button', { name: 'New profile' }).first().click();
    await testButton().click();
    await expect.poll(() => dialog().getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await focusedName()).toBe('name');
    expect(calls('tokens:test-profile')).toEqual([]);
    await closeDialog();
  });

  it('sits on the secret’s line, with its result right under it', async () => {
    await fillNewProfile('Staging', 'demo-secret');
    const [secretBox, testBox, noteBox] = await Promise.all([secretInput().boundingBox(), testButton().boundingBox(), note().boundingBox()]);
    // Test and the secret share a line: their middles are level, Test to the right.
    expect(Math.abs(secretBox!.y + secretBox!.height / 2 - (testBox!.y + testBox!.height / 2))).toBeLessThan(2);
    expect(testBox!.x).toBeGreaterThan(secretBox!.x + secretBox!.width);
    // The result is the next thing under that line.
    expect(noteBox!.y).toBeGreaterThanOrEqual(testBox!.y + testBox!.height);
    expect(noteBox!.y - (testBox!.y + testBox!.height)).toBeLessThan(40);
    expect(await testButton().getAttribute('aria-describedby')).toBe('profile-test-note');
    await closeDialog();
  });

  it('signs in with the typed credentials and says how long the token is valid beside Test, saving nothing', async () => {
    await fillNewProfile('Staging', 'demo-secret');
    const before = signIns();
    await testButton().click();
    await expect.poll(() => note().textContent()).toMatch(SIGNED_IN);
    expect(await note().getAttribute('role')).toBe('status');
    expect(signIns()).toBe(before + 1);
    const [request] = calls('tokens:test-profile').map((exchange) => exchange.request);
    expect(request).toMatchObject({ kind: 'client_credentials', name: 'Staging', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: 'demo-secret' });
    // The page gets a handle for the token, never the token.
    const [answer] = calls('tokens:test-profile').map((exchange) => exchange.response) as { ok: true; value: { testedToken: string } }[];
    expect(answer?.value.testedToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pageTraffic(harness)).not.toContain(butlr.issuedTokens.at(-1)!);

    // The result belongs to the credentials: a new name keeps it, a new secret makes it stale.
    await dialog().getByLabel('Name', { exact: true }).fill('Staging 2');
    expect(await note().textContent()).toMatch(SIGNED_IN);
    await secretInput().fill('demo-secret-2');
    await expect.poll(() => note().textContent()).not.toContain('Signed in');
    await closeDialog();
    expect(calls('profiles:create')).toEqual([]);
    expect(await listedNames(page)).toEqual([]);
  });

  it('shows a rejection beside Test, not at the top of the form, keeping focus on Test', async () => {
    await fillNewProfile('Staging', 'not-the-secret');
    const testAt = (await testButton().boundingBox())!;
    await testButton().click();
    await expect.poll(() => note().textContent()).toContain('rejected these credentials');
    // The dialog is held at the top: the message grows it downwards, and Test stays under the pointer.
    expect((await testButton().boundingBox())!.y).toBe(testAt.y);
    expect(await note().textContent()).toMatch(/^Test failed: /);
    expect(await dialog().locator('.form-error').count()).toBe(0);
    expect(await testButton().evaluate((button) => button === document.activeElement)).toBe(true);
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(calls('profiles:create')).toEqual([]);
  });

  it('Test, then Save: the new row is in view, focused, said to be added, and Valid with no second sign-in', async () => {
    await fillNewProfile('Tested', 'demo-secret');
    await testButton().click();
    await expect.poll(() => note().textContent()).toMatch(SIGNED_IN);
    const afterTest = signIns();
    const tokenFromTest = butlr.issuedTokens.at(-1)!;
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog().count()).toBe(0);

    const row = profileRow(page, 'Tested');
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('Valid');
    expect(await row.getByTestId('countdown').textContent()).toMatch(/expires in (60:00|59:5\d)/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Added “Tested”' }).count()).toBe(1);
    expect(await row.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await row.getAttribute('aria-current')).toBe('true');
    expect(signIns()).toBe(afterTest);
    expect(calls('profiles:create').at(-1)?.request).toMatchObject({ name: 'Tested', testedToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(await mainProfile('Tested')).toMatchObject({ token: { state: 'issued' } });

    // Enter on the row it landed on copies that very token, still without signing in again.
    await page.keyboard.press('Enter');
    await expect.poll(() => harness.testCore.clipboard.at(-1)).toBe(tokenFromTest);
    expect(signIns()).toBe(afterTest);
  });

  it('Save without a Test: the row lands in focus too, with no token yet', async () => {
    const row = await addProfile(page, { name: 'Untested', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: 'demo-secret' });
    await expect.poll(() => row.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await row.getByTestId('token-status').textContent()).toBe('No token yet');
    expect(calls('profiles:create').at(-1)?.request).not.toHaveProperty('testedToken');
  });

  it('in the edit dialog, Test waits for a secret to be typed; Save keeps its token and lands on the row, “Saved”', async () => {
    const row = profileRow(page, 'Untested');
    await chooseFromMoreMenu(row, 'Edit');
    expect(await testButton().isDisabled()).toBe(true);
    expect(await note().textContent()).toContain('the saved one never leaves');
    await secretInput().fill('demo-secret');
    expect(await testButton().isEnabled()).toBe(true);
    const before = signIns();
    await testButton().click();
    await expect.poll(() => note().textContent()).toMatch(SIGNED_IN);
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('Valid');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved “Untested”' }).count()).toBe(1);
    expect(await row.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(signIns()).toBe(before + 1);
  });

  it('unfolds Advanced when the sign-in failed in a way that says to check the base URL', async () => {
    await fillNewProfile('Nowhere', 'demo-secret');
    const baseUrl = () => dialog().getByLabel('Base URL', { exact: true });
    const advanced = dialog().getByRole('button', { name: 'Advanced', exact: true });
    // Nothing listens there: the connection is refused.
    await baseUrl().fill('http://127.0.0.1:9');
    await advanced.click();
    expect(await baseUrl().count()).toBe(0);
    await testButton().click();
    await expect.poll(() => note().textContent()).toMatch(/^Test failed: Could not reach .*Check the base URL/);
    expect(await advanced.getAttribute('aria-expanded')).toBe('true');
    expect(await baseUrl().isVisible()).toBe(true);
    await closeDialog();
  });

  it('sent the page no secret or token, and had no page errors, console errors or CSP violations', () => {
    const traffic = pageTraffic(harness);
    for (const token of butlr.issuedTokens) expect(traffic).not.toContain(token);
    expect(traffic).not.toContain('demo-secret');
    expect(harness.problems).toEqual([]);
  });
});
