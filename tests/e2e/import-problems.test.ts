// A file that cannot be imported, in Chromium against the real main handlers: its problems listed in the import dialog,
// one a line with its line number and a suggestion, kept until the person closes it or picks another file; and files
// dropped on the window, which main opens by the path the preload found (the harness plays webUtils), or refuses.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../fixtures/axe-scan';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import { dragAway, dropFiles, dropText, holdFilesOver } from '../fixtures/file-drop';
import { listedNames } from '../fixtures/journey-steps';
import type { RendererHarness } from '../fixtures/renderer-harness';

const SECRET = 'dropped-secret-value-77';
const BAD_ENV = `# Acme staging\nBUTLR_CLIENT_ID=\nBUTLR_SECRET=${SECRET}\nthis line is wrong\n`;
const WORSE_ENV = `# Acme staging\nBUTLR_CLIENT_ID=\nBUTLR_SECRET=${SECRET}\nBUTLR_BASEURL=https://eu.butlr.io\n`;

describe('import problems and dropped files in the built renderer', () => {
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;
  let folder: string;

  const importDialog = (): Locator => page.getByRole('dialog', { name: 'Import profiles' });
  const problems = (): Locator => importDialog().getByRole('list', { name: 'Problems' }).getByRole('listitem');
  const openDialogs = () => page.locator('dialog[open]');
  const alertToast = (text: string): Locator => page.locator('.toast-region').getByRole('alert').filter({ hasText: text });
  async function file(name: string, text: string): Promise<string> {
    const path = join(folder, name);
    await writeFile(path, text);
    return path;
  }
  async function closeImport(): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(() => openDialogs().count()).toBe(0);
  }

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { clients: { 'dropped-client': SECRET } } });
    ({ harness, page } = world);
    folder = world.dataDir.path;
    await page.getByRole('button', { name: 'New profile' }).waitFor();
  });

  afterAll(() => world?.close());

  it('lists each problem of a bad .env on its own line, with its line number and a suggestion, in the dialog rather than a toast', async () => {
    harness.testCore.dialogs.nextOpenPath = await file('staging.env', WORSE_ENV);
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect.poll(() => importDialog().isVisible()).toBe(true);
    expect(await importDialog().textContent()).toContain('Nothing was imported from staging.env. Fix these in the file, then import it again:');
    expect(await problems().allTextContents()).toEqual([
      'Line 2BUTLR_CLIENT_ID is empty',
      'Line 3unknown key BUTLR_SECRET — did you mean BUTLR_CLIENT_SECRET?',
      'Line 4unknown key BUTLR_BASEURL — did you mean BUTLR_BASE_URL?',
    ]);
    expect(await page.locator('.toast-region').textContent()).toBe('');
    expect(await importDialog().textContent()).not.toContain(SECRET);
  });

  it('has no serious or critical violations, in light or dark', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('keeps them while the person cancels the open dialog, and shows the next file in their place', async () => {
    harness.testCore.dialogs.nextOpenPath = null;
    await importDialog().getByRole('button', { name: 'Choose another file…' }).click();
    await expect.poll(() => harness.exchanges.filter((exchange) => exchange.channel === 'transfer:start-import').length).toBe(2);
    // Longer than any toast stays: these are not on a timer.
    await page.waitForTimeout(6500);
    expect(await problems().count()).toBe(3);

    harness.testCore.dialogs.nextOpenPath = await file('other.env', BAD_ENV);
    await importDialog().getByRole('button', { name: 'Choose another file…' }).click();
    await expect.poll(() => problems().allTextContents()).toEqual(['Line 4this is not KEY=value']);
    expect(await importDialog().textContent()).toContain('Nothing was imported from other.env. Fix this in the file, then import it again:');

    harness.testCore.dialogs.nextOpenPath = await file('good.env', `BUTLR_CLIENT_ID=dropped-client\nBUTLR_CLIENT_SECRET=${SECRET}\n`);
    await importDialog().getByRole('button', { name: 'Choose another file…' }).click();
    await expect.poll(() => importDialog().getByTestId('import-row').count()).toBe(1);
    expect(await problems().count()).toBe(0);
    await closeImport();
  });

  it('shows a file that is not a file (a folder named like an export) the same way, as one message', async () => {
    harness.testCore.dialogs.nextOpenPath = folder;
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect.poll(() => importDialog().isVisible()).toBe(true);
    expect(await importDialog().textContent()).toContain('is a folder. Choose the export (.json) or .env file inside it.');
    expect(await problems().count()).toBe(0);
    await closeImport();
  });

  it('says where a dragged file will go while it hovers over the window', async () => {
    const path = await file('hover.env', BAD_ENV);
    await holdFilesOver(page, { path });
    await expect.poll(() => page.locator('.drop-overlay').textContent()).toBe('Drop a .env file or an export (.json) to import it');
    expect(await seriousViolations(page)).toEqual([]);
    await dragAway(page, { path });
    await expect.poll(() => page.locator('.drop-overlay').count()).toBe(0);
  });

  it('opens a dropped .env file’s problems, then a good file dropped on the dialog in their place, and imports it', async () => {
    await dropFiles(page, { path: await file('dropped.env', BAD_ENV) });
    await expect.poll(() => problems().allTextContents()).toEqual(['Line 4this is not KEY=value']);
    const dropped = harness.exchanges.filter((exchange) => exchange.channel === 'transfer:import-dropped-file');
    expect(dropped.map((exchange) => exchange.request)).toEqual([{ path: join(folder, 'dropped.env') }]);

    await dropFiles(page, { path: await file('.env.production', `BUTLR_CLIENT_ID=dropped-client\nBUTLR_CLIENT_SECRET=${SECRET}\n`) });
    await expect.poll(() => importDialog().getByTestId('import-row').count()).toBe(1);
    await importDialog().getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => listedNames(page)).toEqual(['production']);
    expect(JSON.stringify(harness.exchanges.map((exchange) => exchange.response))).not.toContain(SECRET);
  });

  it('refuses a file of another kind in main’s words, without opening it', async () => {
    await dropFiles(page, { path: join(folder, 'photo.png') });
    await expect.poll(() => importDialog().isVisible()).toBe(true);
    expect(harness.exchanges.at(-1)).toMatchObject({ channel: 'transfer:import-dropped-file', request: { path: join(folder, 'photo.png') } });
    expect(await importDialog().textContent()).toContain('photo.png is not a .env file or an export (.json), so it was not imported.');
    await closeImport();
  });

  it.each([
    ['two files at once', () => dropFiles(page, { path: join(folder, 'a.env') }, { path: join(folder, 'b.env') }), 'Drop one file at a time: a .env file or an export (.json).'],
    ['a piece of text', () => dropText(page, 'BUTLR_CLIENT_ID=x'), 'Only a file can be imported here: drop a .env file or an export (.json).'],
  ])('refuses %s with a message, and asks main nothing', async (_what, drop, message) => {
    const asked = harness.exchanges.length;
    await drop();
    await expect.poll(() => alertToast(message).count()).toBe(1);
    expect(await openDialogs().count()).toBe(0);
    expect(harness.exchanges.slice(asked).map((exchange) => exchange.channel)).not.toContain('transfer:import-dropped-file');
  });

  it('refuses a file with no place on disk (one a script made) in main’s words', async () => {
    await dropFiles(page, { name: 'made-in-page.env' });
    await expect.poll(() => importDialog().isVisible()).toBe(true);
    expect(harness.exchanges.at(-1)).toMatchObject({ channel: 'transfer:import-dropped-file', request: { path: '' } });
    expect(await importDialog().textContent()).toContain('Only a file from this computer can be imported');
    await closeImport();
  });

  it('refuses a drop while another dialog is open, and leaves that dialog as it was', async () => {
    await page.getByRole('button', { name: 'New profile' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Half typed');
    await dropFiles(page, { path: await file('later.env', BAD_ENV) });
    await expect.poll(() => alertToast('Close the open dialog first, then drop the file again.').count()).toBe(1);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Half typed');
    expect(await openDialogs().count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
