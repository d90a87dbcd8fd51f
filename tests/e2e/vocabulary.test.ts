// One vocabulary, walked in Chromium against the real core: the board (both densities, grouped), a row's menu, the details
// panel, Settings, the import and export dialogs, the shortcuts sheet and the search hint call the server address "Base URL"
// (never "Environment", "Server" or "host"), call getting a token "Get token" (never fetch, renew or refresh, but for the
// auto-refresh feature's own name), and say nothing of a "copy margin" or a "quota".
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchTokenFor, seedProfiles } from '../fixtures/board-seed';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import { profileRow } from '../fixtures/journey-steps';
import type { RendererHarness } from '../fixtures/renderer-harness';

/** Words that named the base URL before; none may be left. */
const OLD_NAMES = /\b(environment|server|servers)\b/i;
/** Verbs that named getting a token before: "auto-refresh" is the background feature's name, and stays. */
const OLD_VERBS = /\b(fetch\w*|renew\w*|re-?fresh\w*)\b/i;
const JARGON = /copy margin|quota|tenant/i;

/**
 * Everything a person can see or hear of `root`: its text (visually hidden text and select options included), and each
 * element's title, placeholder, aria-label and aria-describedby text.
 */
function wordsOf(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const texts = [element.textContent ?? ''];
    for (const each of [element, ...element.querySelectorAll('*')]) {
      for (const attribute of ['title', 'placeholder', 'aria-label']) {
        const value = each.getAttribute(attribute);
        if (value) texts.push(value);
      }
      for (const id of (each.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) texts.push(document.getElementById(id)?.textContent ?? '');
    }
    return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
}

/** The sentences of `texts` that use an old word, with the word that gave it away; empty when the vocabulary holds. */
function oldWordsIn(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    // "auto-refresh" is the feature's name; take it out before looking for the old verbs.
    const verbs = text.replace(/auto-refresh/gi, '');
    for (const pattern of [OLD_NAMES, OLD_VERBS, JARGON]) {
      const match = pattern.exec(pattern === OLD_VERBS ? verbs : text);
      if (match) found.push(`${match[0]} in “${text.slice(0, 160)}”`);
    }
  }
  return found;
}

describe('one vocabulary across the window', () => {
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;
  const seen: { surface: string; texts: string[] }[] = [];

  async function look(surface: string, root: Locator): Promise<string[]> {
    const texts = await wordsOf(root);
    seen.push({ surface, texts });
    return texts;
  }

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 } });
    ({ harness, page } = world);
    const [staging] = await seedProfiles(harness.testCore, [
      { name: 'Staging', baseUrl: world.butlr.url, tags: ['eu'] },
      { name: 'Production', baseUrl: 'https://api.butlr.io' },
    ]);
    await fetchTokenFor(harness.testCore, staging!.id);
    await page.reload();
    await profileRow(page, 'Production').waitFor();
  });

  afterAll(() => world?.close());

  it('says Base URL on the board, in Group by and in the search hint, in both densities', async () => {
    const board = await look('board', page.locator('body'));
    const search = page.getByLabel('Search profiles');
    expect(await search.getAttribute('placeholder')).toMatch(/base URL/);
    const hint = await search.evaluate((input) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(hint).toMatch(/base URL/);
    expect(hint).not.toMatch(/\bhost\b/i);
    expect(await page.getByLabel('Group by').locator('option').allTextContents()).toEqual(['None', 'Base URL', 'First tag']);
    // A row that points elsewhere than Butlr's own API names it, in full, as its base URL.
    const where = profileRow(page, 'Staging').getByTestId('profile-host');
    expect(await where.getAttribute('title')).toBe(`Base URL: ${world!.butlr.url}`);
    expect(await where.locator('.visually-hidden').textContent()).toBe(`Base URL: ${world!.butlr.url}`);
    expect(board.join(' ')).toContain('Base URL');

    await page.getByLabel('Group by').selectOption({ label: 'Base URL' });
    await expect.poll(() => page.getByRole('group').count()).toBe(2);
    await look('board grouped by base URL', page.locator('body'));
    await page.getByLabel('Group by').selectOption({ label: 'None' });
    await page.getByLabel('Density').selectOption({ label: 'Compact' });
    await expect.poll(() => page.locator('.board-rows-compact').count()).toBe(1);
    await look('compact board', page.locator('body'));
    await page.getByLabel('Density').selectOption({ label: 'Comfortable' });
  });

  it('says Get token in a row’s menu, and Base URL and Get token in the details panel', async () => {
    const row = profileRow(page, 'Production');
    await row.getByRole('button', { name: 'More' }).click();
    const menu = row.getByRole('menu');
    await expect.poll(() => menu.count()).toBe(1);
    expect(await menu.getByRole('menuitem').first().textContent()).toBe('Get token');
    await look('row menu', menu);
    await page.keyboard.press('Escape');

    for (const name of ['Staging', 'Production']) {
      await profileRow(page, name).getByRole('button', { name: `${name} — Details` }).click();
      const panel = page.getByTestId('details-panel');
      await expect.poll(() => panel.getByRole('heading', { name, exact: true }).count()).toBe(1);
      await expect.poll(() => panel.getByTestId('activity-event').count()).toBeGreaterThanOrEqual(name === 'Staging' ? 1 : 0);
      const texts = await look(`details of ${name}`, panel);
      expect(texts.join(' ')).toContain('Base URL');
      await panel.getByRole('button', { name: 'Close details' }).click();
      await expect.poll(() => panel.count()).toBe(0);
    }
    // The history of a token got by hand says so with the one verb.
    await profileRow(page, 'Staging').getByRole('button', { name: 'Staging — Details' }).click();
    await expect.poll(() => page.getByTestId('activity-event').first().textContent()).toMatch(/^Got token by you/);
    await page.getByTestId('details-panel').getByRole('button', { name: 'Close details' }).click();
  });

  it('says what each setting does in plain words', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await look('settings', dialog);
    expect(await dialog.getByLabel('Least time left on a copied token (seconds)', { exact: true }).count()).toBe(1);
    expect(await dialog.getByLabel('Wait for Butlr (seconds)', { exact: true }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('says Base URL in the import and export dialogs', async () => {
    const envPath = join(world!.dataDir.path, 'imported.env');
    await writeFile(envPath, `BUTLR_CLIENT_ID=imported-client\nBUTLR_CLIENT_SECRET=imported-secret\nBUTLR_BASE_URL=${world!.butlr.url}\n`);
    harness.testCore.dialogs.nextOpenPath = envPath;
    await page.getByRole('button', { name: 'Import…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import profiles' });
    await expect.poll(() => importDialog.isVisible()).toBe(true);
    expect(await importDialog.getByRole('columnheader').allTextContents()).toContain('Base URL');
    expect(await importDialog.getByRole('cell', { name: world!.butlr.url, exact: true }).count()).toBe(1);
    await look('import dialog', importDialog);
    await importDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => importDialog.count()).toBe(0);

    await page.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export profiles' });
    await expect.poll(() => exportDialog.isVisible()).toBe(true);
    expect(await exportDialog.textContent()).toContain('base URLs');
    await look('export dialog', exportDialog);
    await exportDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => exportDialog.count()).toBe(0);
  });

  it('says Get token in the shortcuts sheet', async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(await sheet.textContent()).toContain('Get token for the selected profile');
    await look('shortcuts sheet', sheet);
    await page.keyboard.press('Escape');
  });

  it('leaves no old word anywhere it looked', () => {
    // The look-out itself: it catches the old words and lets the feature's name through.
    expect(oldWordsIn(['Group by Environment (host)', 'Renew the selected profile’s token', 'Copy margin (seconds)', 'Auto-refresh new profiles'])).toHaveLength(3);
    expect(seen.map((each) => each.surface)).toEqual([
      'board',
      'board grouped by base URL',
      'compact board',
      'row menu',
      'details of Staging',
      'details of Production',
      'settings',
      'import dialog',
      'export dialog',
      'shortcuts sheet',
    ]);
    for (const { surface, texts } of seen) expect(oldWordsIn(texts), surface).toEqual([]);
    expect(harness.problems).toEqual([]);
  });
});
