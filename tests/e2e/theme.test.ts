// The theme setting in Chromium against the real main handlers: System follows the OS's light or dark; Light and Dark,
// chosen in Settings › Appearance, hold whatever the OS says, in the board and in the quick switcher's view, and survive a
// reload. Main's side (nativeTheme, the windows' backgrounds) is tests/electron/desktop-integration.test.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/settings';
import { seriousViolations } from '../fixtures/axe-scan';
import { fetchTokenFor, seedProfiles } from '../fixtures/board-seed';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import { profileRow } from '../fixtures/journey-steps';
import type { RendererHarness } from '../fixtures/renderer-harness';

const LIGHT_BACKGROUND = 'rgb(245, 245, 243)';
const DARK_BACKGROUND = 'rgb(20, 21, 24)';

describe('the theme setting', () => {
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;
  let boardUrl: string;

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 } });
    ({ harness, page } = world);
    const [profile] = await seedProfiles(harness.testCore, [{ name: 'Staging HQ', baseUrl: world.butlr.url }]);
    await fetchTokenFor(harness.testCore, profile!.id);
    await page.reload();
    await profileRow(page, 'Staging HQ').waitFor();
    boardUrl = page.url();
  });

  afterAll(() => world?.close());

  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  const settingsDialog = () => page.getByRole('dialog', { name: 'Settings' });
  const saved = async (): Promise<Settings> => ((await harness.testCore.invoke('settings:get')) as { ok: true; value: Settings }).value;

  async function chooseTheme(label: 'System' | 'Light' | 'Dark'): Promise<void> {
    await page.keyboard.press('Control+Comma');
    const appearance = settingsDialog().getByRole('group', { name: 'Theme' });
    await appearance.getByRole('radio', { name: label }).check();
    await settingsDialog().getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => settingsDialog().count()).toBe(0);
  }

  it('starts on System, following the OS as it changes', async () => {
    expect((await saved()).theme).toBe('system');
    expect(await scheme()).toBe('light dark');
    expect(await background()).toBe(LIGHT_BACKGROUND);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe(DARK_BACKGROUND);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).toBe(LIGHT_BACKGROUND);
  });

  it('offers System, Light and Dark in Settings › Appearance, with no serious violations', async () => {
    await page.keyboard.press('Control+Comma');
    const theme = settingsDialog().getByRole('group', { name: 'Theme' });
    expect(await theme.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.parentElement?.textContent))).toEqual(['System', 'Light', 'Dark']);
    expect(await theme.getByRole('radio', { name: 'System' }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await settingsDialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => settingsDialog().count()).toBe(0);
  });

  it('goes dark on Dark whatever the OS says, saved in main’s settings, and stays so after a reload', async () => {
    await chooseTheme('Dark');
    await expect.poll(background).toBe(DARK_BACKGROUND);
    expect(await scheme()).toBe('dark');
    expect((await saved()).theme).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await profileRow(page, 'Staging HQ').waitFor();
    await expect.poll(background).toBe(DARK_BACKGROUND);
  });

  it('applies to the quick switcher’s view as well', async () => {
    // Only the hash changes, which loads nothing by itself: load the page at it, as main's second window does.
    await page.goto(boardUrl.replace(/#.*$/, '') + '#quick-switcher');
    await page.reload();
    await page.getByTestId('quick-switcher-item').first().waitFor();
    await expect.poll(scheme).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(boardUrl);
    await page.reload();
    await profileRow(page, 'Staging HQ').waitFor();
  });

  it('stays light on Light under a dark OS, and System gives the choice back', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await chooseTheme('Light');
    await expect.poll(background).toBe(LIGHT_BACKGROUND);
    expect(await scheme()).toBe('light');
    await chooseTheme('System');
    await expect.poll(background).toBe(DARK_BACKGROUND);
    expect((await saved()).theme).toBe('system');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
