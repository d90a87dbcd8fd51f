// The board's rows in Chromium against the real main handlers: the colour as a dot, a long client ID shortened in the
// middle, the host only when it is not Butlr's own, two lines as cards and one compact; the row's menu from a right-click,
// Shift+F10, the context-menu key and More; a double-click copies; "Copied" on the button, the clipboard strip and its
// Clear now; toasts one at a time at the bottom left; and the board as wide as the window allows.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import { seriousViolations } from '../fixtures/axe-scan';
import { fetchTokenFor } from '../fixtures/board-seed';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { chooseFromMoreMenu, listedNames, profileRow } from '../fixtures/journey-steps';
import type { RendererHarness } from '../fixtures/renderer-harness';

const LONG_CLIENT = 'alpha-service-7f3a9c2e-41b8-4d6a-9e0f-2c5b7a1d3e88';

describe('the board’s rows', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;
  let ids: Record<string, string>;

  async function create(name: string, fields: Record<string, unknown>): Promise<string> {
    const result = (await harness.testCore.invoke('profiles:create', {
      kind: 'client_credentials',
      name,
      clientId: 'demo-client',
      clientSecret: 'demo-secret',
      audience: 'https://butlrauth/',
      tags: [],
      color: null,
      ...fields,
    })) as { ok: true; value: ProfileView };
    return result.value.id;
  }

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600, clients: { 'demo-client': 'demo-secret', [LONG_CLIENT]: 'demo-secret' } } });
    ({ butlr, harness, page } = world);
    ids = {
      Alpha: await create('Alpha', { baseUrl: butlr.url, clientId: LONG_CLIENT, color: 'teal', tags: ['prod'] }),
      // Never signed in, so it can point at Butlr's own API.
      Beta: await create('Beta', { baseUrl: 'https://api.butlr.io' }),
      Gamma: await create('Gamma', { baseUrl: butlr.url, color: 'amber' }),
    };
    await fetchTokenFor(harness.testCore, ids.Alpha!);
    await fetchTokenFor(harness.testCore, ids.Gamma!);
    await page.reload();
    await page.getByTestId('profile-row').nth(2).waitFor();
  });

  afterAll(() => world?.close());

  const row = (name: string): Locator => profileRow(page, name);
  const copyButton = (name: string): Locator => row(name).locator('.copy-button');
  const menu = (): Locator => page.getByRole('menu');
  const focused = () => page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label') ?? null, menuitem: document.activeElement?.getAttribute('role') === 'menuitem' ? document.activeElement.textContent : null }));
  const strip = (): Locator => page.getByRole('region', { name: 'Clipboard' });
  const announced = () => page.locator('.status-strip [role="status"]').textContent();
  async function mainProfile(name: string): Promise<ProfileView> {
    const listed = (await harness.testCore.invoke('profiles:list')) as { ok: true; value: ProfileView[] };
    return listed.value.find((profile) => profile.name === name)!;
  }

  it('shows the colour as a dot before the name, never as the row’s edge, and says it in words', async () => {
    const dot = row('Alpha').getByTestId('profile-dot');
    const name = row('Alpha').getByRole('button', { name: 'Alpha — Details' });
    expect((await dot.boundingBox())!.x).toBeLessThan((await name.boundingBox())!.x);
    expect(await dot.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await dot.textContent()).toBe('Colour: Teal');
    // The edge is the same on a coloured row and a plain one.
    const edges = (name: string) => row(name).evaluate((element) => [getComputedStyle(element).borderLeftWidth, getComputedStyle(element).borderLeftColor]);
    expect(await edges('Alpha')).toEqual(await edges('Beta'));
    expect(await row('Beta').getByTestId('profile-dot').count()).toBe(0);
    // Names, and the line under them, start at one edge whether a row has a colour or not.
    const left = async (name: string) => ({
      name: (await row(name).getByRole('button', { name: `${name} — Details` }).boundingBox())!.x,
      principal: (await row(name).getByTestId('profile-principal').boundingBox())!.x,
    });
    expect(await left('Beta')).toEqual(await left('Alpha'));
  });

  it('shortens a long client ID in the middle, whole on hover and for screen readers', async () => {
    const principal = row('Alpha').getByTestId('profile-principal');
    expect(await principal.getAttribute('title')).toBe(`Client ID: ${LONG_CLIENT}`);
    const shown = (await principal.locator('[aria-hidden="true"]').textContent())!;
    expect(shown).toContain('…');
    expect(shown.length).toBeLessThan(LONG_CLIENT.length);
    expect(LONG_CLIENT.startsWith(shown.split('…')[0]!)).toBe(true);
    expect(LONG_CLIENT.endsWith(shown.split('…')[1]!)).toBe(true);
    // What a screen reader reads: the label and the whole value, not the shortened one.
    expect(await principal.locator('.visually-hidden').allTextContents()).toEqual(['Client ID: ', LONG_CLIENT]);
    expect(await row('Gamma').getByTestId('profile-principal').textContent()).toBe('Client ID: demo-client');
  });

  it('shows the base URL’s host only when it is not Butlr’s own, with the whole base URL on hover and for screen readers', async () => {
    const where = row('Alpha').getByTestId('profile-host');
    expect(await where.locator('[aria-hidden="true"]').textContent()).toBe(new URL(butlr.url).host);
    expect(await where.locator('.visually-hidden').textContent()).toBe(`Base URL: ${butlr.url}`);
    expect(await where.getAttribute('title')).toBe(`Base URL: ${butlr.url}`);
    expect(await row('Beta').getByTestId('profile-host').count()).toBe(0);
    // Search still finds it by its base URL.
    await page.getByLabel('Search profiles').fill('api.butlr.io');
    await expect.poll(() => listedNames(page)).toEqual(['Beta']);
    await page.getByLabel('Search profiles').fill('');
  });

  it('is two lines as a card: who, state, Copy and More; then where, lifetime and last used', async () => {
    const box = async (locator: Locator) => (await locator.boundingBox())!;
    const alpha = row('Alpha');
    const title = await box(alpha.locator('.row-title'));
    const meta = await box(alpha.locator('.row-meta'));
    const state = await box(alpha.locator('.token-state'));
    const timing = await box(alpha.locator('.token-timing'));
    expect(meta.y).toBeGreaterThanOrEqual(title.y + title.height - 1);
    expect(Math.abs(state.y + state.height / 2 - (title.y + title.height / 2))).toBeLessThan(4);
    expect(Math.abs(timing.y + timing.height / 2 - (meta.y + meta.height / 2))).toBeLessThan(4);
    expect((await box(alpha)).height).toBeLessThan(80);
    expect(await alpha.getByRole('button', { name: 'Get token' }).count()).toBe(0);
  });

  it('opens the row’s menu at the pointer on a right-click, walks it with the arrows, and gives focus back on Esc', async () => {
    const point = await row('Gamma').getByTestId('countdown').boundingBox();
    const x = point!.x + 10;
    const y = point!.y + 5;
    await page.mouse.click(x, y, { button: 'right' });
    await expect.poll(() => menu().count()).toBe(1);
    expect(await menu().getAttribute('aria-label')).toBe('Gamma actions');
    const placed = (await menu().boundingBox())!;
    expect(Math.abs(placed.x - x)).toBeLessThan(2);
    expect(Math.abs(placed.y - y)).toBeLessThan(2);
    expect(await row('Gamma').getAttribute('aria-current')).toBe('true');
    await expect.poll(focused).toEqual({ label: null, menuitem: 'Get token' });
    await page.keyboard.press('ArrowDown');
    expect((await focused()).menuitem).toBe('Show details');
    await page.keyboard.press('End');
    expect((await focused()).menuitem).toBe('Delete');
    await page.keyboard.press('ArrowDown');
    expect((await focused()).menuitem).toBe('Get token');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-profile-name'))).toBe('Gamma');
  });

  it('opens it with Shift+F10 and the context-menu key on the selected row, under More, and acts on a choice', async () => {
    // Gamma is the keyboard's row since the right-click; the arrows select Alpha, two rows up.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-profile-name'))).toBe('Alpha');
    await page.keyboard.press('Shift+F10');
    await expect.poll(() => row('Alpha').getByRole('menu').count()).toBe(1);
    expect(await row('Alpha').getByRole('button', { name: 'More' }).getAttribute('aria-expanded')).toBe('true');
    const more = (await row('Alpha').getByRole('button', { name: 'More' }).boundingBox())!;
    expect((await menu().boundingBox())!.y).toBeGreaterThan(more.y + more.height - 1);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-profile-name'))).toBe('Alpha');

    await page.keyboard.press('ContextMenu');
    await expect.poll(() => row('Alpha').getByRole('menu').count()).toBe(1);
    for (const step of ['ArrowDown', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(step);
    expect((await focused()).menuitem).toBe('Pin');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await mainProfile('Alpha')).pinned).toBe(true);
    await expect.poll(() => row('Alpha').getByTestId('pin-mark').count()).toBe(1);
    await chooseFromMoreMenu(row('Alpha'), 'Unpin');
    await expect.poll(async () => (await mainProfile('Alpha')).pinned).toBe(false);
  });

  it('copies on a double-click: the button says “Copied” for a moment and the strip counts down, with no toast', async () => {
    const before = harness.testCore.clipboard.length;
    await row('Gamma').getByTestId('countdown').dblclick();
    await expect.poll(() => harness.testCore.clipboard.length).toBe(before + 1);
    expect(harness.testCore.clipboard.at(-1)).toBe(butlr.issuedTokens.at(-1));
    await expect.poll(() => copyButton('Gamma').textContent()).toMatch(/^Copy\s*Copied/);
    await expect.poll(() => row('Gamma').getByRole('button', { name: 'Copied', exact: true }).count()).toBe(1);
    expect(await announced()).toMatch(/^“Gamma”: token copied\. The clipboard clears in (59|60) s\.$/);
    expect(await page.locator('.toast').count()).toBe(0);
    // No word of the row was selected by the second press.
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('');
    await expect.poll(() => strip().getByTestId('clipboard-countdown').textContent()).toMatch(/^Clipboard clears in (59|60) s$/);
    const bar = (await strip().boundingBox())!;
    expect(bar.y + bar.height).toBe(720);
    expect(await seriousViolations(page)).toEqual([]);
    // About a second and a half later, the button is Copy again; the strip keeps counting.
    await expect.poll(() => row('Gamma').getByRole('button', { name: 'Copy', exact: true }).count(), { timeout: 3000 }).toBe(1);
    expect(await strip().getByTestId('clipboard-countdown').count()).toBe(1);
  });

  it('clears the clipboard with Clear now, and says when something else was on it and left alone', async () => {
    await strip().getByRole('button', { name: 'Clear now' }).click();
    await expect.poll(() => harness.testCore.clipboard.at(-1)).toBe('');
    await expect.poll(() => strip().getByTestId('clipboard-note').textContent()).toBe('Clipboard cleared.');
    expect(await strip().getByTestId('clipboard-countdown').count()).toBe(0);
    expect(await announced()).toBe('Clipboard cleared.');

    await copyButton('Gamma').click();
    await expect.poll(() => strip().getByTestId('clipboard-countdown').count()).toBe(1);
    harness.testCore.clipboard.push('a link the person copied from their browser');
    await strip().getByRole('button', { name: 'Clear now' }).click();
    await expect.poll(() => strip().getByTestId('clipboard-note').textContent()).toBe('The clipboard holds something else now, so it was left as it is.');
    expect(harness.testCore.clipboard.at(-1)).toBe('a link the person copied from their browser');
  });

  it('counts down for a copy made outside the window too (the tray, the quick switcher), as main says', async () => {
    await expect.poll(() => strip().getByTestId('clipboard-countdown').count()).toBe(0);
    await harness.testCore.invoke('tokens:copy', { id: ids.Alpha });
    await expect.poll(() => strip().getByTestId('clipboard-countdown').textContent()).toMatch(/^Clipboard clears in (59|60) s$/);
    await strip().getByRole('button', { name: 'Clear now' }).click();
    await expect.poll(() => strip().getByTestId('clipboard-countdown').count()).toBe(0);
  });

  it('shows toasts one at a time at the bottom left, above the strip', async () => {
    const toasts = () => page.locator('.toast p').allTextContents();
    await chooseFromMoreMenu(row('Beta'), 'Duplicate');
    await expect.poll(toasts).toEqual(['“Beta”: duplicated as “Beta (2)”.']);
    // A click makes Alpha the keyboard's row; Ctrl+R renews it, and its toast takes the other's place.
    await row('Alpha').getByTestId('countdown').click();
    await page.keyboard.press('Control+r');
    await expect.poll(toasts).toEqual(['“Alpha”: got a new token.']);
    // An Undo that still works is not pushed away by a passing confirmation.
    await chooseFromMoreMenu(row('Beta (2)'), 'Delete');
    await row('Beta (2)').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(toasts).toEqual(['“Beta (2)”: deleted.']);
    await row('Alpha').getByTestId('countdown').click();
    await page.keyboard.press('Control+r');
    await expect.poll(() => harness.exchanges.filter((exchange) => exchange.channel === 'tokens:fetch').length).toBe(2);
    expect(await toasts()).toEqual(['“Beta (2)”: deleted.']);
    await page.keyboard.press('Control+z');
    await expect.poll(toasts).toEqual(['“Beta (2)”: restored.']);
    const toast = (await page.locator('.toast').boundingBox())!;
    expect(toast.x).toBeLessThan(20);
    expect(toast.y + toast.height).toBeLessThan(720 - 30);
    // Far from the rows' buttons on the right.
    expect(toast.x + toast.width).toBeLessThan((await copyButton('Alpha').boundingBox())!.x);
  });

  it('one line each when compact, with the same menu and Copy, and no serious violations', async () => {
    await page.getByLabel('Density').selectOption({ label: 'Compact' });
    await expect.poll(() => page.locator('.board-rows-compact').count()).toBe(1);
    for (const name of ['Alpha', 'Beta', 'Gamma']) expect((await row(name).boundingBox())!.height).toBeLessThan(40);
    expect(await row('Alpha').getByTestId('profile-host').isVisible()).toBe(true);
    expect(await row('Beta').getByTestId('profile-host').count()).toBe(0);
    expect(await row('Alpha').getByTestId('profile-dot').isVisible()).toBe(true);
    expect(await row('Alpha').getByTestId('profile-principal').locator('[aria-hidden="true"]').textContent()).toContain('…');
    const point = (await row('Beta').getByTestId('countdown').boundingBox())!;
    await page.mouse.click(point.x + 5, point.y + 5, { button: 'right' });
    await expect.poll(() => menu().getAttribute('aria-label')).toBe('Beta actions');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByLabel('Density').selectOption({ label: 'Comfortable' });
    await expect.poll(() => page.locator('.board-rows-comfortable').count()).toBe(1);
  });

  it('grows the board with the window, up to a width that keeps a name near its Copy', async () => {
    const width = () => page.locator('.profile-section').evaluate((element) => element.getBoundingClientRect().width);
    // The window less its padding (and a scrollbar, where there is one).
    expect(await width()).toBeGreaterThan(1100 - 60);
    await page.setViewportSize({ width: 1300, height: 720 });
    await expect.poll(width).toBeGreaterThan(1300 - 60);
    // Past 96rem (1,344 px) it stays there, centred.
    await page.setViewportSize({ width: 2200, height: 720 });
    await expect.poll(width).toBeLessThanOrEqual(1344);
    expect(await width()).toBeGreaterThan(1344 - 60);
    const { x } = (await page.locator('.profile-section').boundingBox())!;
    expect(x).toBeGreaterThan(400);
    await page.setViewportSize({ width: 1100, height: 720 });
  });

  it('keeps Copy its own size, with the spinner in the label’s place and focus on it, while it signs in first', async () => {
    // Delta: a new profile with no token, so Copy signs in first; the server takes its time.
    ids.Delta = await create('Delta', { baseUrl: butlr.url });
    await expect.poll(() => row('Delta').count()).toBe(1);
    const before = (await copyButton('Delta').boundingBox())!;
    const rowBefore = (await row('Delta').boundingBox())!;
    butlr.setDelay(1500);
    try {
      await copyButton('Delta').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => copyButton('Delta').getAttribute('aria-busy')).toBe('true');
      const during = (await copyButton('Delta').boundingBox())!;
      expect({ width: during.width, height: during.height }).toEqual({ width: before.width, height: before.height });
      expect((await row('Delta').boundingBox())!.height).toBe(rowBefore.height);
      // Still the button, still named Copy, marked busy rather than disabled: the keyboard keeps its place.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('copy-button'))).toBe(true);
      expect(await copyButton('Delta').getAttribute('aria-disabled')).toBe('true');
      expect(await row('Delta').getByRole('button', { name: 'Copy', exact: true }).count()).toBe(1);
      // A second press while it signs in starts nothing more.
      const signIns = butlr.requests.length;
      await page.keyboard.press('Enter');
      await expect.poll(() => copyButton('Delta').getAttribute('aria-busy'), { timeout: 5000 }).toBe('false');
      expect(butlr.requests.length).toBe(signIns);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('copy-button'))).toBe(true);
    } finally {
      butlr.setDelay(0);
    }
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
