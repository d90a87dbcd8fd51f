// Export and import in Chromium against the real main handlers: a passphrase-sealed export read back into a fresh data folder
// with a name clash, a .env file, and the choices rename, replace and skip.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import { assertBuilt, RENDERER_DIR } from '../electron/built-bundles';
import { launchChromium } from '../fixtures/chromium';
import { DEFAULT_FAKE_USERS, startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { addPasswordProfile, addProfile, chooseFromMoreMenu, listedNames, pageTraffic, profileRow } from '../fixtures/journey-steps';
import { openRendererHarness, type RendererHarness } from '../fixtures/renderer-harness';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';

const SECRET = 'demo-secret';
const USERNAME = 'admin@example.com';
const PASSWORD = DEFAULT_FAKE_USERS[USERNAME];
const PASSPHRASE = 'correct horse battery staple';
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../docs');

describe('export and import in the built renderer', () => {
  let browser: Browser;
  let butlr: FakeButlrServer;
  let fileDir: string;
  let exportPath: string;
  const dataDirs: TempDataDir[] = [];
  const harnesses: RendererHarness[] = [];

  async function openHarness(): Promise<{ harness: RendererHarness; page: Page }> {
    const dataDir = await createTempDataDir();
    dataDirs.push(dataDir);
    const harness = await openRendererHarness({ dataDir: dataDir.path, browser, viewport: { width: 1100, height: 760 } });
    harnesses.push(harness);
    harness.page.setDefaultTimeout(5000);
    return { harness, page: harness.page };
  }
  const exchangesOn = (harness: RendererHarness, channel: string) => harness.exchanges.filter((exchange) => exchange.channel === channel);
  const toast = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
  const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import profiles' });
  const importRow = (page: Page, name: string) => importDialog(page).locator(`[data-testid="import-row"][data-profile-name="${name}"]`);
  /** The row's cells after its name: server, client ID or username, secret, import as. */
  const cell = (page: Page, name: string, column: 'server' | 'principal' | 'secret' | 'importAs') =>
    importRow(page, name).locator('td').nth(['server', 'principal', 'secret', 'importAs'].indexOf(column));
  const status = (row: Locator) => row.getByTestId('token-status').textContent();
  async function mainProfiles(harness: RendererHarness): Promise<ProfileView[]> {
    return ((await harness.testCore.invoke('profiles:list')) as { value: ProfileView[] }).value;
  }

  beforeAll(async () => {
    assertBuilt(join(RENDERER_DIR, 'index.html'));
    browser = await launchChromium();
    butlr = await startFakeButlrServer({ clients: { 'demo-client': SECRET }, expiresInSeconds: 3600 });
    fileDir = await mkdtemp(join(tmpdir(), 'butlr-transfer-'));
    exportPath = join(fileDir, 'vault.json');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    for (const harness of harnesses) {
      harness.testCore.core.dispose();
      await harness.close();
    }
    await browser?.close();
    await butlr?.close();
    for (const dataDir of dataDirs) await dataDir.remove();
    if (fileDir) await rm(fileDir, { recursive: true, force: true });
  });

  it('exports with the secrets sealed under a passphrase that is long enough and typed twice alike', async () => {
    const { harness, page } = await openHarness();
    await addProfile(page, { name: 'Staging HQ', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: SECRET });
    await addPasswordProfile(page, { name: 'Admin login', baseUrl: butlr.url, username: USERNAME, password: PASSWORD });

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export profiles' });
    expect(await dialog.getByRole('radio', { name: 'Without secrets (safe to share)' }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: 'With secrets, encrypted with a passphrase' }).check();
    const passphrase = dialog.getByLabel('Passphrase', { exact: true });
    await passphrase.fill('too short');
    await dialog.getByRole('button', { name: 'Export' }).click();
    expect(await dialog.textContent()).toContain('Use a passphrase of at least 12 characters');
    expect(await passphrase.evaluate((input) => input === document.activeElement)).toBe(true);

    await passphrase.fill(PASSPHRASE);
    await dialog.getByLabel('Repeat passphrase', { exact: true }).fill(`${PASSPHRASE}!`);
    await dialog.getByRole('button', { name: 'Export' }).click();
    expect(await dialog.textContent()).toContain('The two passphrases differ.');
    expect(exchangesOn(harness, 'transfer:export')).toEqual([]);

    // Cancelling main's save dialog leaves the export dialog as it was.
    harness.testCore.dialogs.nextSavePath = null;
    await dialog.getByLabel('Repeat passphrase', { exact: true }).fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => exchangesOn(harness, 'transfer:export').length).toBe(1);
    expect(await dialog.isVisible()).toBe(true);

    harness.testCore.dialogs.nextSavePath = exportPath;
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => toast(page, `Exported 2 profiles to ${exportPath}`).count()).toBe(1);
    expect(await dialog.count()).toBe(0);
    expect(exchangesOn(harness, 'transfer:export').map((exchange) => exchange.request)).toEqual([{ passphrase: PASSPHRASE }, { passphrase: PASSPHRASE }]);
    const file = await readFile(exportPath, 'utf8');
    expect(file).toContain('Staging HQ');
    for (const value of [SECRET, PASSWORD]) expect(file).not.toContain(value);
  });

  it('imports that file into a fresh data folder: passphrase, then a name clash renamed, with the secrets working', async () => {
    const { harness, page } = await openHarness();
    await addProfile(page, { name: 'Staging HQ', baseUrl: butlr.url, clientId: 'other-client', clientSecret: 'other-secret' });

    // A cancelled open dialog opens nothing.
    harness.testCore.dialogs.nextOpenPath = null;
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect.poll(() => exchangesOn(harness, 'transfer:start-import').length).toBe(1);
    expect(await importDialog(page).count()).toBe(0);

    harness.testCore.dialogs.nextOpenPath = exportPath;
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = importDialog(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('vault.json (an export) holds 2 profiles.');
    expect(await cell(page, 'Staging HQ', 'secret').textContent()).toBe('Locked');
    // The file's "Staging HQ" signs in as another client than the one already here: the preview says which.
    expect(await dialog.getByRole('columnheader').allTextContents()).toEqual(['Profile', 'Base URL', 'Client ID or username', 'Secret', 'Import as']);
    expect(await cell(page, 'Staging HQ', 'principal').textContent()).toBe('demo-client');
    expect(await cell(page, 'Admin login', 'principal').textContent()).toBe(USERNAME);

    const passphrase = dialog.getByLabel('Passphrase', { exact: true });
    await passphrase.fill('not the passphrase');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('Wrong passphrase');

    await passphrase.fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => passphrase.count()).toBe(0);
    expect(await cell(page, 'Staging HQ', 'secret').textContent()).toBe('Included');
    expect(await cell(page, 'Admin login', 'importAs').textContent()).toBe('New profile');
    const clash = importRow(page, 'Staging HQ');
    expect(await clash.textContent()).toContain('“Staging HQ” already exists');
    expect(await clash.getByRole('radio', { name: 'Rename to “Staging HQ (2)”' }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import.png') });

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => toast(page, 'Imported 2 profiles.').count()).toBe(1);
    expect(exchangesOn(harness, 'transfer:finish-import').map((exchange) => exchange.request)).toEqual([{ importId: expect.any(String), decisions: { '0': 'rename' } }]);
    await expect.poll(() => listedNames(page)).toEqual(['Staging HQ', 'Staging HQ (2)', 'Admin login']);
    expect((await mainProfiles(harness)).find((profile) => profile.name === 'Staging HQ')).toMatchObject({ kind: 'client_credentials', clientId: 'other-client' });

    for (const name of ['Staging HQ (2)', 'Admin login']) {
      const row = profileRow(page, name);
      expect(await status(row)).toBe('No token yet');
      await chooseFromMoreMenu(row, 'Get token');
      await expect.poll(() => status(row)).toBe('Valid');
    }
  });

  it('replaces one clash and skips another, importing without the passphrase so the replaced profile needs its secret', async () => {
    const harness = harnesses[1]!;
    const page = harness.page;
    harness.testCore.dialogs.nextOpenPath = exportPath;
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect.poll(() => importDialog(page).isVisible()).toBe(true);
    // This "Staging HQ" signs in as another client, so replacing it from a file without secrets leaves it without one.
    await importRow(page, 'Staging HQ').getByRole('radio', { name: 'Replace' }).check();
    await importRow(page, 'Admin login').getByRole('radio', { name: 'Skip' }).check();
    await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();

    await expect.poll(() => toast(page, 'Imported 1 profile (1 replaced, 1 skipped). 1 needs its secret entered.').count()).toBe(1);
    expect(exchangesOn(harness, 'transfer:finish-import').at(-1)?.request).toEqual({ importId: expect.any(String), decisions: { '0': 'replace', '1': 'skip' } });
    const replaced = profileRow(page, 'Staging HQ');
    await expect.poll(() => status(replaced)).toBe('Needs secret');
    expect((await mainProfiles(harness)).find((profile) => profile.name === 'Staging HQ')).toMatchObject({ clientId: 'demo-client', secret: 'missing' });
    expect(await status(profileRow(page, 'Admin login'))).toBe('Valid');
    expect(await listedNames(page)).toEqual(['Staging HQ', 'Staging HQ (2)', 'Admin login']);
  });

  it('imports a .env file in Butlr’s convention, named after the file, and cancels an import without a trace', async () => {
    const harness = harnesses[1]!;
    const page = harness.page;
    const envPath = join(fileDir, 'production.env');
    await writeFile(envPath, `# Butlr API token\nBUTLR_CLIENT_ID=demo-client\nBUTLR_CLIENT_SECRET="${SECRET}"\nBUTLR_BASE_URL=${butlr.url}\n`);
    harness.testCore.dialogs.nextOpenPath = envPath;
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = importDialog(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('production.env (a .env file) holds 1 profile.');
    expect(await cell(page, 'production', 'secret').textContent()).toBe('Included');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => toast(page, 'Imported 1 profile.').count()).toBe(1);

    const row = profileRow(page, 'production');
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => status(row)).toBe('Valid');

    // A client ID too long for its column loses its middle on screen, and stays whole in the title and for screen readers.
    const longClientId = 'integration-client-7f3a9c21e5b04d68';
    const longPath = join(fileDir, 'long.env');
    await writeFile(longPath, `BUTLR_CLIENT_ID=${longClientId}\nBUTLR_CLIENT_SECRET=${SECRET}\nBUTLR_BASE_URL=${butlr.url}\n`);
    harness.testCore.dialogs.nextOpenPath = longPath;
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const principal = cell(page, 'long', 'principal');
    expect(await principal.getAttribute('title')).toBe(longClientId);
    expect(await principal.locator('[aria-hidden="true"]').textContent()).toBe('integration-…c21e5b04d68');
    expect(await principal.locator('.visually-hidden').textContent()).toBe(longClientId);
    expect(await principal.evaluate((td) => td.scrollWidth <= td.clientWidth)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => exchangesOn(harness, 'transfer:cancel-import').length).toBe(1);
    expect((await mainProfiles(harness)).map((profile) => profile.name)).toEqual(['Staging HQ', 'Staging HQ (2)', 'Admin login', 'production']);
  });

  it('sent neither page a secret, password or token, and had no page errors', () => {
    expect(butlr.issuedTokens.length).toBeGreaterThanOrEqual(3);
    for (const harness of harnesses) {
      const traffic = pageTraffic(harness);
      for (const value of [SECRET, PASSWORD, 'other-secret', PASSPHRASE, ...butlr.issuedTokens]) {
        expect(traffic).not.toContain(value);
        expect(traffic).not.toContain(Buffer.from(value).toString('base64'));
      }
      expect(harness.problems).toEqual([]);
    }
  });
});
