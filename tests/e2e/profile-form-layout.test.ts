// The profile form in the order people fill it, in Chromium against the real main handlers: name, client ID, secret (with
// a reveal toggle and paste reading) and Test; the base URL and audience under Advanced, notes, tags and colour under
// Organise; the password grant behind its own link with its caution. Keyboard order follows the eye; axe stays at zero.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL } from '../../shared/profile';
import { seriousViolations } from '../fixtures/axe-scan';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { addProfile, chooseFromMoreMenu, openFormSection, profileDialog, profileRow } from '../fixtures/journey-steps';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';

describe('the profile form', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  const dialog = (): Locator => profileDialog(page);
  const field = (label: string): Locator => dialog().getByLabel(label, { exact: true });
  const button = (name: string): Locator => dialog().getByRole('button', { name, exact: true });
  const revealToggle = (): Locator => button('Show client secret');
  /** What has focus, as a person would name it: an input's label, a button's name. */
  const focused = (): Promise<string> =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labelled = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
      return labelled ?? element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
    });
  /** Presses Tab from what has focus, and names each control reached, `count` times. */
  async function tabThrough(count: number): Promise<string[]> {
    const reached: string[] = [];
    for (let step = 0; step < count; step += 1) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    return reached;
  }
  /** Plays a paste of `text` into `input`, as the browser delivers one. */
  const paste = (input: Locator, text: string): Promise<void> =>
    input.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  const pastedNote = (input: Locator): Locator => input.locator('xpath=ancestor::div[contains(@class, "field")][1]').locator('.field-pasted');

  async function openNew(): Promise<void> {
    await page.getByRole('button', { name: 'New profile' }).first().click();
    await expect.poll(() => focused()).toBe('Name');
  }
  async function close(): Promise<void> {
    await button('Cancel').click();
    await expect.poll(() => dialog().count()).toBe(0);
  }

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 } });
    ({ butlr, harness, page } = world);
    page.setDefaultTimeout(5000);
  });

  afterAll(() => world?.close());

  it('asks for name, client ID and secret first, with Test on the secret’s line; Tab follows the same order', async () => {
    await openNew();
    expect(await dialog().getByRole('radio').count()).toBe(0);
    expect(await dialog().textContent()).not.toContain('RFC 9700');
    const inOrder = [field('Name'), field('Client ID'), field('Client secret'), revealToggle(), button('Test'), button('Use a username and password instead'), button('Advanced'), button('Organise')];
    const tops = await Promise.all(inOrder.map(async (control) => (await control.boundingBox())!.y));
    // Top to bottom, the secret's toggle and Test on the secret's line.
    expect(tops.slice(3, 5).every((top) => Math.abs(top - tops[2]!) < 4)).toBe(true);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(await tabThrough(10)).toEqual([
      'Client ID',
      'Client secret',
      'Show client secret',
      'Test',
      'Where the client secret comes from',
      'Use a username and password instead',
      'Advanced',
      'Organise',
      'Cancel',
      'Save profile',
    ]);
    await close();
  });

  it('keeps the base URL and audience under Advanced, and notes, tags and colour under Organise', async () => {
    await openNew();
    for (const [section, labels] of [['Advanced', ['Base URL', 'Audience']], ['Organise', ['Notes', 'Tags']]] as const) {
      const toggle = button(section);
      const part = dialog().locator(`#${await toggle.getAttribute('aria-controls')}`);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await part.isVisible()).toBe(false);
      for (const label of labels) expect(await field(label).count()).toBe(0);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      for (const label of labels) expect(await field(label).isVisible()).toBe(true);
      // What it opens comes right after it, for the keyboard as for the eye.
      expect(await tabThrough(1)).toEqual([labels[0]]);
      await page.keyboard.press('Shift+Tab');
    }
    expect(await field('Base URL').inputValue()).toBe(DEFAULT_BASE_URL);
    expect(await dialog().getByRole('group', { name: 'Colour' }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await button('Advanced').click();
    expect(await field('Base URL').count()).toBe(0);
    await close();
  });

  it('opens a folded part with a field that needs fixing, and focuses that field', async () => {
    await openNew();
    await field('Name').fill('Folded');
    await field('Client ID').fill('demo-client');
    await field('Client secret').fill('demo-secret');
    await openFormSection(dialog(), 'Advanced');
    await field('Base URL').fill('http://butlr.example.com');
    await openFormSection(dialog(), 'Organise');
    await field('Tags').fill(Array.from({ length: 11 }, (_, index) => `tag${index}`).join(', '));
    await button('Advanced').click();
    await button('Organise').click();

    await button('Save profile').click();
    await expect.poll(() => button('Advanced').getAttribute('aria-expanded')).toBe('true');
    expect(await button('Organise').getAttribute('aria-expanded')).toBe('true');
    expect(await focused()).toBe('Base URL');
    expect(await field('Base URL').getAttribute('aria-invalid')).toBe('true');
    expect(await field('Tags').getAttribute('aria-invalid')).toBe('true');

    // Fixed, and folded again: the tags, the next field that needs it, open their part once more.
    await field('Base URL').fill(butlr.url);
    await button('Advanced').click();
    await button('Organise').click();
    await button('Save profile').click();
    await expect.poll(() => button('Organise').getAttribute('aria-expanded')).toBe('true');
    expect(await focused()).toBe('Tags');
    expect(await button('Advanced').getAttribute('aria-expanded')).toBe('false');
    expect(harness.exchanges.filter((exchange) => exchange.channel === 'profiles:create')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });

  it('shows the secret only while its toggle is pressed, and hides it again on save and on close', async () => {
    await openNew();
    const secret = field('Client secret');
    await secret.fill('demo-secret');
    expect(await secret.getAttribute('type')).toBe('password');
    expect(await revealToggle().getAttribute('aria-pressed')).toBe('false');

    await revealToggle().click();
    expect(await secret.getAttribute('type')).toBe('text');
    // A toggle keeps its name; its state is aria-pressed.
    expect(await revealToggle().getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await revealToggle().press('Space');
    expect(await secret.getAttribute('type')).toBe('password');
    await revealToggle().press('Enter');
    expect(await secret.getAttribute('type')).toBe('text');

    // Saving hides it, even when the save stops at a field to fix (the name, here).
    await button('Save profile').click();
    await expect.poll(() => focused()).toBe('Name');
    expect(await secret.getAttribute('type')).toBe('password');
    expect(await revealToggle().getAttribute('aria-pressed')).toBe('false');

    await revealToggle().click();
    await close();
    await openNew();
    expect(await field('Client secret').getAttribute('type')).toBe('password');
    expect(await revealToggle().getAttribute('aria-pressed')).toBe('false');
    await close();
  });

  it('cleans a pasted secret of the spaces, line break and quotes around it, and says so', async () => {
    await openNew();
    const secret = field('Client secret');
    await paste(secret, '  "demo-secret"\n');
    expect(await secret.inputValue()).toBe('demo-secret');
    const note = pastedNote(secret);
    expect(await note.textContent()).toBe('Removed the spaces, line break and quotes around the pasted client secret.');
    expect(await note.getAttribute('role')).toBe('status');
    expect(await secret.getAttribute('aria-describedby')).toContain(await note.getAttribute('id'));
    expect(await seriousViolations(page)).toEqual([]);
    // The note is about that paste: typing on makes it go.
    await secret.press('End');
    await page.keyboard.type('x');
    await expect.poll(() => note.textContent()).toBe('');
    await close();
  });

  it('fills the fields a pasted .env block names, opening Advanced for the base URL it set', async () => {
    await openNew();
    const clientId = field('Client ID');
    await paste(clientId, `# from Butlr\nBUTLR_CLIENT_ID=demo-client\nBUTLR_CLIENT_SECRET='demo-secret'\nBUTLR_BASE_URL=${butlr.url}\n`);
    expect(await clientId.inputValue()).toBe('demo-client');
    expect(await field('Client secret').inputValue()).toBe('demo-secret');
    expect(await button('Advanced').getAttribute('aria-expanded')).toBe('true');
    expect(await field('Base URL').inputValue()).toBe(butlr.url);
    expect(await pastedNote(clientId).textContent()).toBe('Filled in the client ID, client secret and base URL from the pasted .env lines.');

    // What it filled works as typed: Test signs in with it.
    await field('Name').fill('From .env');
    await button('Test').click();
    await expect.poll(() => dialog().locator('#profile-test-note').textContent()).toMatch(/^Signed in/);
    await close();
  });

  it('fills the client ID and secret from a pasted client_id:secret pair', async () => {
    await openNew();
    const secret = field('Client secret');
    await paste(secret, 'demo-client:demo-secret\n');
    expect(await field('Client ID').inputValue()).toBe('demo-client');
    expect(await secret.inputValue()).toBe('demo-secret');
    expect(await pastedNote(secret).textContent()).toBe('Filled in the client ID and client secret from the pasted client_id:secret pair.');
    expect(await button('Advanced').getAttribute('aria-expanded')).toBe('false');
    await close();
  });

  it('keeps the password grant behind “Use a username and password instead”, with its caution there', async () => {
    await openNew();
    await field('Name').fill('Admin');
    await button('Use a username and password instead').click();
    await expect.poll(() => focused()).toBe('Username');
    expect(await field('Client ID').count()).toBe(0);
    const caution = dialog().getByTestId('kind-caution');
    expect(await caution.textContent()).toContain('RFC 9700');
    // Shown where the switch is, after the sign-in fields, never before the name.
    const [nameBox, passwordBox, cautionBox] = await Promise.all([field('Name').boundingBox(), field('Password').boundingBox(), caution.boundingBox()]);
    expect(cautionBox!.y).toBeGreaterThan(passwordBox!.y);
    expect(cautionBox!.y).toBeGreaterThan(nameBox!.y);
    expect(await field('Name').inputValue()).toBe('Admin');
    expect(await tabThrough(6)).toEqual(['Password', 'Show password', 'Test', 'Where the password comes from', 'Use a client ID and secret instead', 'Advanced']);
    // A password is a person's own: it is pasted exactly as copied.
    await paste(field('Password'), ' pass ');
    expect(await pastedNote(field('Password')).textContent()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);

    await button('Use a client ID and secret instead').click();
    await expect.poll(() => focused()).toBe('Client ID');
    expect(await caution.count()).toBe(0);
    await close();
  });

  it('opens a saved profile with its non-default parts unfolded, and without a way to another kind', async () => {
    await addProfile(page, { name: 'Saved', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: 'demo-secret' });
    await chooseFromMoreMenu(profileRow(page, 'Saved'), 'Edit');
    expect(await button('Advanced').getAttribute('aria-expanded')).toBe('true');
    expect(await field('Base URL').inputValue()).toBe(butlr.url);
    expect(await button('Organise').getAttribute('aria-expanded')).toBe('false');
    expect(await button('Use a username and password instead').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
