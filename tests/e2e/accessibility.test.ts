// axe-core scans of the board, the profile form, the details panel and Settings in light and dark, and of the compact board
// with 50 profiles, with the screenshots kept in docs/.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import { seriousViolations } from '../fixtures/axe-scan';
import { seedEveryState, STATE_SEED_CLIENTS } from '../fixtures/every-state-seed';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { openFormSection, profileDialog, profileRow } from '../fixtures/journey-steps';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import { openManyProfilesWorld } from '../fixtures/many-profiles';
import type { RendererHarness } from '../fixtures/renderer-harness';

const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../docs');

describe.each(['light', 'dark'] as const)('accessibility and screenshots in %s mode', (scheme) => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;
  let validName: string;

  /** Toasts and the pointer's hover would sit in the picture. */
  async function calmPage(): Promise<void> {
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 1000 }).catch(() => {});
    await page.mouse.move(0, 0);
  }
  async function screenshot(name: string): Promise<void> {
    await calmPage();
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${scheme}.png`) });
  }
  async function closeDialog(dialog: Locator): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  }

  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600, clients: STATE_SEED_CLIENTS }, harness: { colorScheme: scheme, viewport: { width: 1100, height: 720 } } });
    ({ butlr, harness, page } = world);
    validName = await seedEveryState(harness.testCore, butlr);
    await page.reload();
    await page.getByTestId('profile-row').nth(6).waitFor();
  });

  afterAll(() => world?.close());

  it('the board with a profile in every state has no serious or critical violations', async () => {
    const statuses = await page.getByTestId('token-status').allTextContents();
    expect(statuses).toEqual(['Valid', 'Expiring soon', 'Expired', 'No token yet', 'Failed — temporary', 'Failed — needs attention', 'Needs secret']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('board');
  });

  it('tells every state apart without colour: each badge has an icon of its own, drawn differently in grayscale too', async () => {
    const badges = page.getByTestId('token-status');
    const states = await badges.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.state));
    expect(states).toEqual(['valid', 'expiring', 'expired', 'none', 'temporary', 'needs-you', 'needs-you']);
    // Each icon names its state and is drawn from its own shapes.
    const drawings = await badges.evaluateAll((nodes) => nodes.map((node) => [node.querySelector('svg')?.getAttribute('data-icon'), node.querySelector('svg')?.innerHTML]));
    expect(drawings.map(([icon]) => icon)).toEqual(states);
    const unique = [...new Set(states)] as string[];
    expect(new Set(drawings.map(([, shapes]) => shapes)).size).toBe(unique.length);

    // The README's grayscale board: the whole page through a grayscale filter, as a person who cannot tell the tones apart
    // sees it. Set through the CSSOM, which the page's CSP (no inline styles) allows.
    await page.evaluate(() => document.documentElement.style.setProperty('filter', 'grayscale(1)'));
    if (scheme === 'light') {
      await calmPage();
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'board-grayscale.png') });
    }
    // Then every tone flattened to one ink on no background: what is left to tell the badges apart is the icon's shape.
    const inkOnly = (on: boolean) =>
      badges.evaluateAll((nodes, flatten) => {
        for (const node of nodes as HTMLElement[]) {
          for (const [property, value] of [['background', 'none'], ['color', '#000']] as const) {
            if (flatten) node.style.setProperty(property, value, 'important');
            else node.style.removeProperty(property);
          }
        }
      }, on);
    await inkOnly(true);
    const pictures = new Map<string, string>();
    for (const state of unique) {
      const icon = page.locator(`[data-testid="token-status"][data-state="${state}"] svg`).first();
      pictures.set(state, (await icon.screenshot({ animations: 'disabled' })).toString('base64'));
    }
    expect(new Set(pictures.values()).size).toBe(unique.length);
    await inkOnly(false);
    await page.evaluate(() => document.documentElement.style.removeProperty('filter'));
  });

  it('the profile form, after a successful Test, has no serious or critical violations', async () => {
    await page.getByRole('button', { name: 'New profile' }).first().click();
    const dialog = profileDialog(page);
    await dialog.getByLabel('Name', { exact: true }).fill('Production US');
    await dialog.getByLabel('Client ID', { exact: true }).fill('demo-client');
    await dialog.getByLabel('Client secret', { exact: true }).fill('demo-secret');
    await openFormSection(dialog, 'Advanced');
    await dialog.getByLabel('Base URL', { exact: true }).fill(butlr.url);
    await openFormSection(dialog, 'Organise');
    await dialog.getByLabel('Tags', { exact: true }).fill('production, us');
    await dialog.getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => dialog.locator('#profile-test-note').textContent()).toMatch(/^Signed in/);
    expect(await seriousViolations(page)).toEqual([]);
    // Pictured as a new form opens: Advanced and Organise folded under the secret and its Test.
    for (const section of ['Advanced', 'Organise']) await dialog.getByRole('button', { name: section, exact: true }).click();
    await page.mouse.move(0, 0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('form');
    await closeDialog(dialog);
  });

  it('the details panel has no serious or critical violations', async () => {
    await profileRow(page, validName).getByRole('button', { name: 'Details' }).click();
    const panel = page.getByTestId('details-panel');
    await expect.poll(() => panel.getByRole('region', { name: 'Token claims' }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('details');
    await panel.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('the Settings dialog has no serious or critical violations', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect.poll(() => dialog.getByLabel('Quick switcher shortcut', { exact: true }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('settings');
    await closeDialog(dialog);
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});

/** Names for the compact board's clones: places and environments, as an admin's list of tenants reads. */
const PLACES = ['Amsterdam', 'Berlin', 'Boston', 'Chicago', 'Denver', 'Dublin', 'Lisbon', 'London', 'Madrid', 'Oslo', 'Paris', 'Prague', 'Seattle', 'Sydney', 'Tokyo'];
const STAGES = ['Prod', 'Staging', 'QA'];
const cloneName = (index: number): string => `${PLACES[index % PLACES.length]} ${STAGES[Math.floor(index / PLACES.length) % STAGES.length]}`;

describe.each(['light', 'dark'] as const)('the compact board with 50 profiles in %s mode', (scheme) => {
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  beforeAll(async () => {
    world = await openManyProfilesWorld({
      butlr: { expiresInSeconds: 3600, clients: STATE_SEED_CLIENTS },
      harness: { colorScheme: scheme, viewport: { width: 1100, height: 720 } },
      // The seven states first (the valid one is cloned), then 43 more: 50 in all.
      seed: (core, butlr) => seedEveryState(core, butlr),
      clones: { count: 43, nameOf: cloneName, tagsOf: (index) => [STAGES[Math.floor(index / PLACES.length) % STAGES.length]!.toLowerCase()] },
    });
    ({ harness, page } = world);
    await harness.testCore.invoke('settings:update', { density: 'compact' });
    // A restart drops expired tokens and forgets failures: sign the clones in, and make those two states again.
    const listed = ((await harness.testCore.invoke('profiles:list')) as { ok: true; value: ProfileView[] }).value;
    for (const profile of listed.filter((each) => !['Staging', 'Support desk', 'Moved tenant'].includes(each.name))) {
      await harness.testCore.invoke('tokens:fetch', { id: profile.id });
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await page.reload();
    await page.locator('.board-rows-compact [data-testid="profile-row"]').nth(15).waitFor();
  }, 60_000);

  afterAll(() => world?.close());

  it('has no serious or critical violations, with a profile in every state', async () => {
    const statuses = await page.getByTestId('token-status').allTextContents();
    expect(statuses).toEqual(expect.arrayContaining(['Valid', 'Expiring soon', 'Expired', 'No token yet', 'Failed — temporary', 'Failed — needs attention', 'Needs secret']));
    expect(await seriousViolations(page)).toEqual([]);
    if (scheme === 'light') {
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'board-compact-light.png') });
    }
  });

  it('has none with a row’s More menu open, nor with the details panel beside the narrowed rows', async () => {
    const row = profileRow(page, 'Old sandbox');
    await row.getByRole('button', { name: 'More' }).click();
    await expect.poll(() => row.getByRole('menu').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await profileRow(page, 'Production EU').getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => page.getByTestId('details-panel').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('details-panel').getByRole('button', { name: 'Close details' }).click();
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
