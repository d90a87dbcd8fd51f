// Failures that offer their fix, in Chromium against the real core on a manual clock: a 429 with Retry-After after a copy
// says when the app will try again and does so when the clock gets there; a 5xx offers Retry on the row (Comfortable: on the
// problem line; Compact: beside Copy) and in the row's menu, and Retry gets the token. Amber for what passes throughout.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import { seriousViolations } from '../fixtures/axe-scan';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import { fakeScripts, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { profileRow } from '../fixtures/journey-steps';
import { createManualClock, type ManualClock } from '../fixtures/manual-clock';
import type { RendererHarness } from '../fixtures/renderer-harness';

const CLIENTS = { 'busy-client': 'demo-secret', 'down-client': 'demo-secret' } as const;

describe('Retry, and the retry at Butlr’s Retry-After', () => {
  let world: BrowserWorld | undefined;
  let butlr: FakeButlrServer;
  let harness: RendererHarness;
  let page: Page;
  let clock: ManualClock;

  async function create(name: string, clientId: keyof typeof CLIENTS): Promise<void> {
    const result = (await harness.testCore.invoke('profiles:create', {
      kind: 'client_credentials',
      name,
      baseUrl: butlr.url,
      clientId,
      clientSecret: CLIENTS[clientId],
      audience: 'https://butlrauth/',
    })) as { ok: boolean };
    expect(result.ok).toBe(true);
  }

  async function mainView(name: string): Promise<ProfileView> {
    const listed = (await harness.testCore.invoke('profiles:list')) as { ok: true; value: ProfileView[] };
    return listed.value.find((profile) => profile.name === name)!;
  }

  const row = (name: string): Locator => profileRow(page, name);
  const state = (name: string) => row(name).getByTestId('token-status').getAttribute('data-state');
  const toasts = () => page.locator('.toast p').allTextContents();
  const signInsOf = (clientId: string) => butlr.requests.filter((request) => (request.body as { client_id?: string }).client_id === clientId).length;

  beforeAll(async () => {
    // The core's clock and timers move only when the test says; the page keeps its own clock for the countdowns.
    clock = createManualClock({ start: Date.now() });
    world = await openBrowserWorld({ butlr: { clients: CLIENTS, now: clock.now }, harness: { now: clock.now, timers: clock } });
    ({ butlr, harness, page } = world);
    await create('Busy', 'busy-client');
    await create('Down', 'down-client');
    await page.reload();
    await row('Down').waitFor();
  });

  afterAll(() => world?.close());

  it('says when it will try again after a copy meets a 429 with Retry-After, and does it when the time comes', async () => {
    butlr.setScript(fakeScripts.retryAfterSeconds(429, 12), 'busy-client');
    await row('Busy').getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => state('Busy')).toBe('temporary');
    // The failure starts with the profile's name, in the toast and on the row.
    await expect.poll(toasts).toEqual([expect.stringMatching(/^“Busy”: 127\.0\.0\.1:\d+ is limiting sign-ins right now .*It asked to wait 12 s/)]);
    expect(await row('Busy').locator('.profile-problem p').textContent()).toMatch(/^“Busy”: /);
    expect(await row('Busy').getByTestId('token-status').textContent()).toBe('Failed — temporary');
    await expect.poll(() => row('Busy').getByTestId('countdown').textContent()).toMatch(/^retrying in (1[0-2]|[1-9]) s$/);
    const view = await mainView('Busy');
    expect(view.token).toEqual(expect.objectContaining({ state: 'failed', retryAt: clock.now() + 12_000 }));
    expect(await row('Busy').getByRole('button', { name: 'Retry' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    butlr.setScript(null, 'busy-client');
    await clock.advance(11_000);
    expect(signInsOf('busy-client')).toBe(1);
    await clock.advance(1_000);
    await expect.poll(() => state('Busy')).toBe('valid');
    expect(signInsOf('busy-client')).toBe(2);
    expect(await row('Busy').locator('.profile-problem').count()).toBe(0);
    // It fetched the token the person wanted; the clipboard was left alone.
    expect(harness.testCore.clipboard).toEqual([]);
  });

  it('offers Retry on a card’s problem line and in its menu after a 5xx, and Retry gets the token', async () => {
    butlr.setFailure('server_error', 'down-client');
    await row('Down').getByRole('button', { name: 'More' }).click();
    await row('Down').getByRole('menuitem', { name: 'Get token', exact: true }).click();
    await expect.poll(() => state('Down')).toBe('temporary');
    // No Retry-After: nothing is planned, and the row says what is left.
    expect(await row('Down').getByTestId('countdown').textContent()).toBe('no usable token');
    expect((await mainView('Down')).token).not.toHaveProperty('retryAt');
    const problem = row('Down').locator('.profile-problem');
    expect(await problem.getAttribute('class')).toContain('profile-problem-warning');
    expect(await problem.locator('p').textContent()).toMatch(/^“Down”: 127\.0\.0\.1:\d+ had a problem \(HTTP 500, server_error: Internal Server Error\)\. Try again in a moment\./);

    await row('Down').getByRole('button', { name: 'More' }).click();
    expect(await row('Down').getByRole('menuitem').first().textContent()).toBe('Retry');
    expect(await row('Down').getByRole('menuitem', { name: 'Get token' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    butlr.setFailure(null, 'down-client');
    await problem.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => state('Down')).toBe('valid');
    expect(signInsOf('down-client')).toBe(2);
    expect(await row('Down').getByRole('button', { name: 'Retry' }).count()).toBe(0);
  });

  it('offers Retry beside Copy on a compact row, and from the menu', async () => {
    await page.getByLabel('Density').selectOption({ label: 'Compact' });
    await expect.poll(() => page.locator('.board-rows-compact').count()).toBe(1);
    butlr.setFailure('bad_gateway_html', 'down-client');
    await row('Down').getByRole('button', { name: 'More' }).click();
    await row('Down').getByRole('menuitem', { name: 'Get token', exact: true }).click();
    await expect.poll(() => state('Down')).toBe('temporary');
    const retry = row('Down').locator('.profile-actions').getByRole('button', { name: 'Retry' });
    expect(await retry.count()).toBe(1);
    // On the row's one line, before Copy.
    const retryBox = (await retry.boundingBox())!;
    const copyBox = (await row('Down').getByRole('button', { name: 'Copy', exact: true }).boundingBox())!;
    expect(retryBox.x).toBeLessThan(copyBox.x);
    expect(Math.abs(retryBox.y - copyBox.y)).toBeLessThan(4);
    // Every compact row keeps room for it, so the failing row's state lines up with the others'.
    const badgeX = async (name: string) => (await row(name).getByTestId('token-status').boundingBox())!.x;
    expect(await badgeX('Down')).toBeCloseTo(await badgeX('Busy'), 0);
    const copyX = async (name: string) => (await row(name).getByRole('button', { name: 'Copy', exact: true }).boundingBox())!.x;
    expect(await copyX('Down')).toBeCloseTo(await copyX('Busy'), 0);
    expect(await seriousViolations(page)).toEqual([]);

    // The menu's Retry tries again (still failing), then the button gets it once Butlr is back.
    await row('Down').getByRole('button', { name: 'More' }).click();
    await row('Down').getByRole('menuitem', { name: 'Retry', exact: true }).click();
    await expect.poll(() => signInsOf('down-client')).toBe(4);
    await expect.poll(() => state('Down')).toBe('temporary');
    butlr.setFailure(null, 'down-client');
    await retry.click();
    await expect.poll(() => state('Down')).toBe('valid');
    expect(signInsOf('down-client')).toBe(5);
    await page.getByLabel('Density').selectOption({ label: 'Comfortable' });
    expect(harness.problems).toEqual([]);
  });
});
