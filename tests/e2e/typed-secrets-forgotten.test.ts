// What a person types into a form (a client secret, an export passphrase, an import passphrase) leaves the page's heap
// once that form is gone, in the built renderer on the real main handlers. React Query would otherwise keep a settled
// mutation, variables and all, in its cache for five minutes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import { chooseFromMoreMenu, openFormSection, profileDialog, profileRow } from '../fixtures/journey-steps';
import { heapStringsContaining } from '../fixtures/page-heap';
import type { RendererHarness } from '../fixtures/renderer-harness';

const TESTED_SECRET = 'tested-secret-3f9a7c21e5';
const SAVED_SECRET = 'saved-secret-8d41b6e0a7';
const REPLACED_SECRET = 'replaced-secret-2b7e90c4f1';
const EXPORT_PASSPHRASE = 'export passphrase 5c2e97b4';
const WRONG_PASSPHRASE = 'wrong passphrase 61d0f3a8';

describe('typed secrets, once their form is gone', () => {
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;
  let butlrUrl: string;
  let fileDir: string | undefined;

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { clients: { 'tested-client': TESTED_SECRET, 'saved-client': SAVED_SECRET }, expiresInSeconds: 3600 } });
    world.page.setDefaultTimeout(5000);
    ({ harness, page } = world);
    butlrUrl = world.butlr.url;
    fileDir = await mkdtemp(join(tmpdir(), 'butlr-heap-'));
  });

  afterAll(async () => {
    await world?.close();
    if (fileDir) await rm(fileDir, { recursive: true, force: true });
  });

  async function fillNewProfile(name: string, clientId: string, secret: string): Promise<Locator> {
    await page.getByRole('button', { name: 'New profile' }).first().click();
    const dialog = profileDialog(page);
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Client ID', { exact: true }).fill(clientId);
    await dialog.getByLabel('Client secret', { exact: true }).fill(secret);
    await openFormSection(dialog, 'Advanced');
    await dialog.getByLabel('Base URL', { exact: true }).fill(butlrUrl);
    return dialog;
  }

  it('Test: the typed client secret is on the heap while the form is open, and gone once it closes', async () => {
    const dialog = await fillNewProfile('Tested', 'tested-client', TESTED_SECRET);
    await dialog.getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => dialog.locator('#profile-test-note').textContent()).toMatch(/^Signed in/);
    // The search can see a secret the page holds: the open form holds this one.
    expect(await heapStringsContaining(page, [TESTED_SECRET])).not.toEqual([]);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await heapStringsContaining(page, [TESTED_SECRET])).toEqual([]);
  });

  it('Test, then Save: the client secret (which the kept Test result was keyed on) is gone once the dialog closes', async () => {
    const dialog = await fillNewProfile('Saved', 'saved-client', SAVED_SECRET);
    await dialog.getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => dialog.locator('#profile-test-note').textContent()).toMatch(/^Signed in/);
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => profileRow(page, 'Saved').count()).toBe(1);
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await heapStringsContaining(page, [SAVED_SECRET])).toEqual([]);
  });

  it('Save an edit: a replacing secret is gone once the dialog closes', async () => {
    await chooseFromMoreMenu(profileRow(page, 'Saved'), 'Edit');
    const dialog = profileDialog(page);
    await dialog.getByLabel('Client secret', { exact: true }).fill(REPLACED_SECRET);
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await heapStringsContaining(page, [REPLACED_SECRET])).toEqual([]);
  });

  it('Export with a passphrase: the passphrase is gone once the dialog closes', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export profiles' });
    await dialog.getByRole('radio', { name: 'With secrets, encrypted with a passphrase' }).check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(EXPORT_PASSPHRASE);
    await dialog.getByLabel('Repeat passphrase', { exact: true }).fill(EXPORT_PASSPHRASE);
    harness.testCore.dialogs.nextSavePath = join(fileDir!, 'vault.json');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await heapStringsContaining(page, [EXPORT_PASSPHRASE])).toEqual([]);
  });

  it('Unlock an import: a wrong passphrase is still shown as wrong, and neither passphrase stays once the passphrase step is done', async () => {
    harness.testCore.dialogs.nextOpenPath = join(fileDir!, 'vault.json');
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import profiles' });
    const passphrase = dialog.getByLabel('Passphrase', { exact: true });
    await passphrase.fill(WRONG_PASSPHRASE);
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('Wrong passphrase');

    await passphrase.fill(EXPORT_PASSPHRASE);
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => passphrase.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await heapStringsContaining(page, [WRONG_PASSPHRASE, EXPORT_PASSPHRASE])).toEqual([]);
  });
});
