// The board in Chromium against the real main handlers: search, sort, group, pin, "last used", and 500 profiles staying smooth
// (virtualized: only the rows near the viewport are in the DOM; board-virtual.test.ts covers 1,000).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import { copyTokenFor, fetchTokenFor, seedProfiles } from '../fixtures/board-seed';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { listedNames, profileRow } from '../fixtures/journey-steps';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';

describe('the board in the built renderer', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;
  let seeded: ProfileView[];

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600, clients: { 'demo-client': 'demo-secret', 'beta-client': 'demo-secret' } } });
    ({ butlr, harness, page } = world);
    const otherHost = butlr.url.replace('127.0.0.1', 'localhost');
    seeded = await seedProfiles(harness.testCore, [
      { name: 'Gamma Prod', baseUrl: butlr.url, tags: ['prod', 'eu'] },
      { name: 'Alpha Prod', baseUrl: butlr.url, tags: ['prod'] },
      { name: 'Beta Staging', baseUrl: otherHost, clientId: 'beta-client', tags: ['staging'] },
    ]);
    await page.reload();
    await page.getByTestId('profile-row').nth(2).waitFor();
  });

  afterAll(() => world?.close());

  const search = () => page.getByLabel('Search profiles');

  it('searches by name, tag, base URL and client id', async () => {
    expect(butlr.url).toContain('127.0.0.1');
    for (const [query, expected] of [
      ['alpha', ['Alpha Prod']],
      ['staging', ['Beta Staging']],
      ['beta-client', ['Beta Staging']],
      ['localhost', ['Beta Staging']],
      // url: matches the base URL only; host:, its old name, still works.
      ['url:localhost', ['Beta Staging']],
      ['host:localhost', ['Beta Staging']],
      ['url:alpha', []],
      ['prod eu', ['Gamma Prod']],
    ] as const) {
      await search().fill(query);
      await expect.poll(() => listedNames(page)).toEqual(expected);
    }
    await search().fill('nothing like this');
    await expect.poll(() => page.getByText('No profile matches').count()).toBe(1);
    await expect.poll(() => page.locator('#profiles-title').textContent()).toContain('0 of 3');
    await search().fill('');
    await expect.poll(() => listedNames(page)).toEqual(['Gamma Prod', 'Alpha Prod', 'Beta Staging']);
  });

  it('sorts by name, soonest expiry and last used, and shows when each was last used', async () => {
    const sortBy = page.getByLabel('Sort by');
    await sortBy.selectOption({ label: 'Name' });
    await expect.poll(() => listedNames(page)).toEqual(['Alpha Prod', 'Beta Staging', 'Gamma Prod']);

    // Gamma's token lasts half an hour, Alpha's an hour; Beta has none and goes last.
    butlr.setExpiresIn(1800);
    await fetchTokenFor(harness.testCore, seeded[0]!.id);
    butlr.setExpiresIn(3600);
    await fetchTokenFor(harness.testCore, seeded[1]!.id);
    await sortBy.selectOption({ label: 'Soonest expiry' });
    await expect.poll(() => listedNames(page)).toEqual(['Gamma Prod', 'Alpha Prod', 'Beta Staging']);

    // A copy and a Get token are both uses: Alpha was copied last, Gamma's token was fetched, Beta was never used.
    await copyTokenFor(harness.testCore, seeded[1]!.id);
    await sortBy.selectOption({ label: 'Last used' });
    await expect.poll(() => listedNames(page)).toEqual(['Alpha Prod', 'Gamma Prod', 'Beta Staging']);
    await expect.poll(() => profileRow(page, 'Alpha Prod').getByTestId('last-used').textContent()).toBe('last used just now');
    expect(await profileRow(page, 'Gamma Prod').getByTestId('last-used').textContent()).toBe('last used just now');
    expect(await profileRow(page, 'Beta Staging').getByTestId('last-used').textContent()).toBe('never used');

    await sortBy.selectOption({ label: 'Manual order' });
    await expect.poll(() => listedNames(page)).toEqual(['Gamma Prod', 'Alpha Prod', 'Beta Staging']);
  });

  it('groups by base URL and by tag, with a count on each group', async () => {
    const groupBy = page.getByLabel('Group by');
    const titles = () => page.getByTestId('group-title').allTextContents();

    // Named by the whole base URL (an https:// one without its scheme; these are loopback http).
    await groupBy.selectOption({ label: 'Base URL' });
    await expect.poll(titles).toEqual([`${butlr.url} 2`, `${butlr.url.replace('127.0.0.1', 'localhost')} 1`]);
    await expect.poll(() => page.getByRole('group', { name: new RegExp(`^${butlr.url}`) }).getByTestId('profile-row').count()).toBe(2);

    await groupBy.selectOption({ label: 'First tag' });
    await expect.poll(titles).toEqual(['prod 2', 'staging 1']);

    await groupBy.selectOption({ label: 'None' });
    await expect.poll(titles).toEqual([]);
  });

  it('pins a profile to the top with a visible mark, from the row’s More menu, and unpins it', async () => {
    const beta = profileRow(page, 'Beta Staging');
    await beta.getByRole('button', { name: 'More' }).click();
    await beta.getByRole('menuitem', { name: 'Pin' }).click();
    await expect.poll(() => listedNames(page)).toEqual(['Beta Staging', 'Gamma Prod', 'Alpha Prod']);
    await expect.poll(() => beta.getByTestId('pin-mark').isVisible()).toBe(true);
    const inMain = (await harness.testCore.invoke('profiles:list')) as { ok: true; value: ProfileView[] };
    expect(inMain.value.find((profile) => profile.name === 'Beta Staging')?.pinned).toBe(true);

    // Pinned stays on top whatever the sort, and heads its own group when grouped.
    await page.getByLabel('Sort by').selectOption({ label: 'Name' });
    await expect.poll(() => listedNames(page)).toEqual(['Beta Staging', 'Alpha Prod', 'Gamma Prod']);
    await page.getByLabel('Group by').selectOption({ label: 'First tag' });
    await expect.poll(() => page.getByTestId('group-title').allTextContents()).toEqual(['Pinned 1', 'prod 2']);
    await page.getByLabel('Group by').selectOption({ label: 'None' });
    await page.getByLabel('Sort by').selectOption({ label: 'Manual order' });

    await beta.getByRole('button', { name: 'More' }).click();
    await beta.getByRole('menuitem', { name: 'Unpin' }).click();
    await expect.poll(() => listedNames(page)).toEqual(['Gamma Prod', 'Alpha Prod', 'Beta Staging']);
    expect(await beta.getByTestId('pin-mark').count()).toBe(0);
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});

describe('the board with 500 profiles', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 } });
    ({ butlr, harness } = world);
    const profiles = await seedProfiles(
      harness.testCore,
      Array.from({ length: 500 }, (_, index) => ({ name: `Profile ${String(index).padStart(3, '0')}`, baseUrl: butlr.url, tags: [`team-${index % 7}`] })),
    );
    await fetchTokenFor(harness.testCore, profiles.at(-1)!.id);
    await harness.page.reload();
  }, 60_000);

  afterAll(() => world?.close());

  it('counts down on a row far below the fold once it is scrolled into view', async () => {
    const { page } = harness;
    await page.getByTestId('profile-row').first().waitFor();
    const last = profileRow(page, 'Profile 499');
    // Virtualized: the last row exists only once the page has scrolled down to it.
    expect(await last.count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await last.waitFor();
    const countdown = last.getByTestId('countdown');
    await expect.poll(() => countdown.textContent()).toMatch(/expires in \d+:\d{2}/);
    const first = await countdown.textContent();
    await expect.poll(() => countdown.textContent(), { timeout: 5000 }).not.toBe(first);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('counts them all, keeps a screenful in the DOM, filters while typing and groups without stalling the page', async () => {
    const { page } = harness;
    expect(await page.locator('#profiles-title').textContent()).toBe('Profiles 500');
    expect(await page.getByTestId('profile-row').count()).toBeLessThanOrEqual(30);
    const started = Date.now();
    await page.getByLabel('Search profiles').pressSequentially('Profile 25', { delay: 10 });
    const expected = ['025', '125', '225', '250', '251', '252', '253', '254', '255', '256', '257', '258', '259', '325', '425'].map((n) => `Profile ${n}`);
    await expect.poll(() => page.locator('#profiles-title').textContent()).toBe(`Profiles ${expected.length} of 500`);
    expect(Date.now() - started).toBeLessThan(5000);
    // The matches beyond the window are there once scrolled to, in order.
    const onScreen = await listedNames(page);
    expect(onScreen).toEqual(expected.slice(0, onScreen.length));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await listedNames(page)).at(-1)).toBe(expected.at(-1));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByLabel('Search profiles').fill('');
    await page.getByLabel('Group by').selectOption({ label: 'First tag' });
    await expect.poll(() => page.getByTestId('group-title').first().textContent()).toBe('team-0 72');
    // Only the headings near the viewport are in the DOM; each group is a list named with its count wherever it is.
    expect(await page.getByRole('group', { name: 'team-0, 72 profiles' }).count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.getByRole('group', { name: 'team-6, 71 profiles' }).count()).toBe(1);
    // One frame should come quickly even now: the page is not busy re-rendering every row each second.
    const frameMs = await page.evaluate(() => new Promise<number>((resolve) => {
      const from = performance.now();
      requestAnimationFrame(() => resolve(performance.now() - from));
    }));
    expect(frameMs).toBeLessThan(200);
    expect(harness.problems).toEqual([]);
  });
});
