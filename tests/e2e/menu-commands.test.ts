// The application menu's File › New profile, Import…, Export… and Settings… in Chromium: main's menuCommand event opens
// the same dialogs as the window's buttons, never one over another.
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import { chooseFromMenu } from '../fixtures/menu-command';
import type { RendererHarness } from '../fixtures/renderer-harness';

describe('the application menu in the built renderer', () => {
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;

  const openDialogs = () => page.locator('dialog[open]');
  const dialogNamed = (name: string) => page.getByRole('dialog', { name });

  beforeAll(async () => {
    world = await openBrowserWorld();
    ({ harness, page } = world);
    await page.getByRole('button', { name: 'New profile' }).waitFor();
  });

  afterAll(() => world?.close());

  it.each([
    ['newProfile', 'New profile'],
    ['settings', 'Settings'],
    ['export', 'Export profiles'],
  ] as const)('%s opens the %s dialog, as its button does', async (command, title) => {
    await chooseFromMenu(page, command);
    await expect.poll(() => dialogNamed(title).isVisible()).toBe(true);
    expect(await openDialogs().count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => openDialogs().count()).toBe(0);
  });

  it('import asks main for a file, as Import… does, and shows what it holds', async () => {
    const path = join(world!.dataDir.path, 'staging.env');
    await writeFile(path, 'BUTLR_CLIENT_ID=menu-client\nBUTLR_CLIENT_SECRET=menu-secret-value\n');
    harness.testCore.dialogs.nextOpenPath = path;
    await chooseFromMenu(page, 'import');
    await expect.poll(() => dialogNamed('Import profiles').isVisible()).toBe(true);
    expect(await dialogNamed('Import profiles').textContent()).toContain('staging.env');
    expect(harness.exchanges.filter((exchange) => exchange.channel === 'transfer:start-import')).toHaveLength(1);
    await dialogNamed('Import profiles').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => openDialogs().count()).toBe(0);
  });

  it('opens nothing over a dialog that is already open', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => dialogNamed('Settings').isVisible()).toBe(true);
    for (const command of ['newProfile', 'export', 'import', 'settings'] as const) await chooseFromMenu(page, command);
    // Give a wrongly opened dialog the time to show.
    await page.waitForTimeout(300);
    expect(await openDialogs().count()).toBe(1);
    expect(harness.exchanges.filter((exchange) => exchange.channel === 'transfer:start-import')).toHaveLength(1);
    await page.keyboard.press('Escape');
  });

  it('had no page errors, console errors or CSP violations', () => {
    expect(harness.problems).toEqual([]);
  });
});
