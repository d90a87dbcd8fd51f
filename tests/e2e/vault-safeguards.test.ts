// The vault's safeguards in Chromium against the real main handlers: the weak-keyring warning and consent, the notice for a
// data file moved aside at start-up, a secret this computer can no longer decrypt, and profiles.json edited outside the app.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import type { Settings } from '../../shared/settings';
import { assertBuilt, RENDERER_DIR } from '../electron/built-bundles';
import { launchChromium } from '../fixtures/chromium';
import { createFakeSafeStorage } from '../fixtures/fake-safe-storage';
import { startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { addProfile, chooseFromMoreMenu, openFormSection, pageTraffic, profileDialog, profileRow } from '../fixtures/journey-steps';
import { openRendererHarness, type RendererHarness, type RendererHarnessOptions } from '../fixtures/renderer-harness';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';

const SECRET = 'demo-secret';

describe('vault safeguards in the built renderer', () => {
  let browser: Browser;
  let butlr: FakeButlrServer;
  const dataDirs: TempDataDir[] = [];
  const harnesses: RendererHarness[] = [];

  async function openHarness(options: Omit<RendererHarnessOptions, 'browser'>): Promise<{ harness: RendererHarness; page: Page }> {
    const harness = await openRendererHarness({ ...options, browser });
    harnesses.push(harness);
    harness.page.setDefaultTimeout(5000);
    return { harness, page: harness.page };
  }
  async function newDataDir(): Promise<TempDataDir> {
    const dataDir = await createTempDataDir();
    dataDirs.push(dataDir);
    return dataDir;
  }
  async function askMain<T>(harness: RendererHarness, channel: string): Promise<T> {
    return ((await harness.testCore.invoke(channel)) as { value: T }).value;
  }
  const exchangesOn = (harness: RendererHarness, channel: string) => harness.exchanges.filter((exchange) => exchange.channel === channel);

  beforeAll(async () => {
    assertBuilt(join(RENDERER_DIR, 'index.html'));
    browser = await launchChromium();
    butlr = await startFakeButlrServer({ clients: { 'demo-client': SECRET }, expiresInSeconds: 3600 });
  });

  afterAll(async () => {
    for (const harness of harnesses) {
      harness.testCore.core.dispose();
      await harness.close();
    }
    await browser?.close();
    await butlr?.close();
    for (const dataDir of dataDirs) await dataDir.remove();
  });

  it('warns that secrets are only obfuscated without a keyring, and saves one only after “Store anyway”', async () => {
    const safeStorage = createFakeSafeStorage();
    safeStorage.backend = 'basic_text';
    const { harness, page } = await openHarness({ dataDir: (await newDataDir()).path, safeStorage });
    const banner = page.getByTestId('weak-encryption-banner');
    await expect.poll(() => banner.textContent()).toContain('Secrets are only obfuscated on this computer, not encrypted.');
    expect(await banner.textContent()).toContain('You will be asked before any secret is stored this way.');

    await page.getByRole('button', { name: 'New profile' }).click();
    const form = profileDialog(page);
    await form.getByLabel('Name', { exact: true }).fill('Laptop');
    await form.getByLabel('Client ID', { exact: true }).fill('demo-client');
    await form.getByLabel('Client secret', { exact: true }).fill(SECRET);
    await openFormSection(form, 'Advanced');
    await form.getByLabel('Base URL', { exact: true }).fill(butlr.url);
    await form.getByRole('button', { name: 'Save profile' }).click();

    const consent = page.getByRole('dialog', { name: 'Store secrets without a keyring?' });
    await expect.poll(() => consent.isVisible()).toBe(true);
    expect(await consent.textContent()).toContain('only be obfuscated');
    await consent.getByRole('button', { name: 'Cancel' }).click();
    // The dialog hides at once; its close event, which tells the form, follows.
    await expect.poll(() => form.textContent()).toContain('Nothing was saved.');
    expect(await consent.count()).toBe(0);
    expect(await askMain<ProfileView[]>(harness, 'profiles:list')).toEqual([]);
    expect((await askMain<Settings>(harness, 'settings:get')).allowWeakEncryption).toBe(false);
    expect(exchangesOn(harness, 'settings:update')).toEqual([]);

    await form.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => consent.isVisible()).toBe(true);
    await consent.getByRole('button', { name: 'Store anyway' }).click();
    await expect.poll(() => profileRow(page, 'Laptop').count()).toBe(1);
    await expect.poll(() => form.count()).toBe(0);
    expect(exchangesOn(harness, 'settings:update').map((exchange) => exchange.request)).toEqual([{ allowWeakEncryption: true }]);
    expect((await askMain<ProfileView[]>(harness, 'profiles:list')).map((profile) => [profile.name, profile.secret])).toEqual([['Laptop', 'set']]);
    // The warning stays for as long as it is true, now saying the person agreed; the next secret is saved without asking.
    await expect.poll(() => banner.textContent()).toContain('You agreed to store secrets this way.');
    await addProfile(page, { name: 'Laptop 2', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: SECRET });
    expect(await consent.count()).toBe(0);
  });

  it('says which data file could not be read and where the untouched original is, and dismisses', async () => {
    const dataDir = await newDataDir();
    const truncated = '{\n\t"version": 2,\n\t"profiles": [\n\t\t{ "id": "6c1f';
    await writeFile(join(dataDir.path, 'profiles.json'), truncated);
    const opened = await openHarness({ dataDir: dataDir.path });
    const { page } = opened;

    const banner = page.getByTestId('storage-notices');
    await expect.poll(() => banner.isVisible()).toBe(true);
    const movedAside = (await readdir(dataDir.path)).find((file) => file.startsWith('profiles.unreadable-'))!;
    const movedTo = join(dataDir.path, movedAside);
    expect(await banner.textContent()).toContain(`profiles.json could not be read, so the app started without it; the original was kept at ${movedTo}.`);
    expect(await readFile(movedTo, 'utf8')).toBe(truncated);
    // The app works: the empty list explains how to begin.
    expect(await page.getByRole('heading', { name: 'No profiles yet' }).isVisible()).toBe(true);
    // In words for someone who installed the app, who has no npm.
    expect(await page.locator('.empty-state').textContent()).not.toMatch(/npm|terminal/);

    await banner.getByRole('button', { name: 'Dismiss' }).click();
    expect(await banner.count()).toBe(0);

    // Nothing to export: the dialog says so and where profiles come from, rather than saving an empty file.
    const { harness } = opened;
    await page.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export profiles' });
    await expect.poll(() => exportDialog.textContent()).toContain('There are no profiles to export yet.');
    expect(await exportDialog.getByRole('radio').count()).toBe(0);
    await exportDialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => exportDialog.count()).toBe(0);
    expect(harness.testCore.dialogs.savePrompts).toEqual([]);
  });

  it('keeps the readable profiles of a damaged file, counts the rest, and marks a secret it cannot decrypt “re-enter it”', async () => {
    const dataDir = await newDataDir();
    const first = await openHarness({ dataDir: dataDir.path });
    await addProfile(first.page, { name: 'Survivor', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: SECRET });
    first.harness.testCore.core.dispose();
    const file = JSON.parse(await readFile(join(dataDir.path, 'profiles.json'), 'utf8')) as { profiles: unknown[] };
    file.profiles.push({ id: 'not-a-profile', kind: 'carrier_pigeon' });
    await writeFile(join(dataDir.path, 'profiles.json'), JSON.stringify(file));

    // Another safeStorage key: as on another computer, or after the keyring was reset.
    const { page } = await openHarness({ dataDir: dataDir.path, safeStorage: createFakeSafeStorage() });
    const banner = page.getByTestId('storage-notices');
    await expect.poll(() => banner.textContent()).toMatch(/profiles\.json could not be read in full; the original was kept at .*profiles\.invalid-records-.*\.json\. 1 profile was kept, 1 could not be read\./);

    const row = profileRow(page, 'Survivor');
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('Secret unreadable — re-enter it');
    await row.getByRole('button', { name: 'Enter secret' }).click();
    const form = profileDialog(page);
    await form.getByLabel('Client secret', { exact: true }).fill(SECRET);
    await form.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('No token yet');
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('Valid');
  });

  it('reads “Changed outside the app” on a profile whose base URL was changed outside the app, “Damaged” with the reason on one the rules refuse, and fixes both from the row', async () => {
    const dataDir = await newDataDir();
    const safeStorage = createFakeSafeStorage();
    const first = await openHarness({ dataDir: dataDir.path, safeStorage });
    await addProfile(first.page, { name: 'Moved', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: SECRET });
    await addProfile(first.page, { name: 'Broken', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: SECRET });
    first.harness.testCore.core.dispose();
    const path = join(dataDir.path, 'profiles.json');
    const file = JSON.parse(await readFile(path, 'utf8')) as { profiles: { name: string; baseUrl: string }[] };
    for (const profile of file.profiles) profile.baseUrl = profile.name === 'Moved' ? `${butlr.url}/elsewhere` : 'http://collector.example';
    await writeFile(path, JSON.stringify(file));

    const { harness, page } = await openHarness({ dataDir: dataDir.path, safeStorage });
    const moved = profileRow(page, 'Moved');
    await expect.poll(() => moved.getByTestId('token-status').textContent()).toBe('Changed outside the app — re-enter secret');
    expect(await moved.getByText('The base URL or sign-in changed outside the app; enter the secret again.').count()).toBe(1);
    const broken = profileRow(page, 'Broken');
    await expect.poll(() => broken.getByTestId('token-status').textContent()).toBe('Damaged — edit it');
    expect(await broken.getByText(/was changed outside the app, so this profile is not used\. Use an https:\/\/ address/).count()).toBe(1);
    expect(await broken.getByRole('button', { name: 'Enter secret' }).count()).toBe(0);

    await moved.getByRole('button', { name: 'Enter secret' }).click();
    const form = profileDialog(page);
    await form.getByLabel('Client secret', { exact: true }).fill(SECRET);
    await form.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => moved.getByTestId('token-status').textContent()).toBe('No token yet');

    await broken.getByRole('button', { name: 'Edit profile' }).click();
    await form.getByLabel('Base URL', { exact: true }).fill(butlr.url);
    await form.getByLabel('Client secret', { exact: true }).fill(SECRET);
    await form.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => broken.getByTestId('token-status').textContent()).toBe('No token yet');
    await chooseFromMoreMenu(broken, 'Get token');
    await expect.poll(() => broken.getByTestId('token-status').textContent()).toBe('Valid');
    expect(harness.problems).toEqual([]);
  });

  it('sent no page a secret or token, and had no page errors', () => {
    for (const harness of harnesses) {
      const traffic = pageTraffic(harness);
      for (const value of [SECRET, ...butlr.issuedTokens]) {
        expect(traffic).not.toContain(value);
        expect(traffic).not.toContain(Buffer.from(value).toString('base64'));
      }
      expect(harness.problems).toEqual([]);
    }
  });
});
