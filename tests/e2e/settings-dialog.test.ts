// The Settings dialog in Chromium against the real main handlers: every setting edited, refused inline, saved and kept over a reload.
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/settings';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import { createFakeSafeStorage } from '../fixtures/fake-safe-storage';
import type { RendererHarness } from '../fixtures/renderer-harness';

describe('the Settings dialog in the built renderer', () => {
  let world: BrowserWorld | undefined;

  afterEach(async () => {
    expect(world?.harness.problems ?? []).toEqual([]);
    await world?.close();
    world = undefined;
  });

  async function open(backend = 'gnome_libsecret'): Promise<{ page: Page; harness: RendererHarness }> {
    const safeStorage = createFakeSafeStorage();
    safeStorage.backend = backend;
    world = await openBrowserWorld({ harness: { safeStorage } });
    return { page: world.page, harness: world.harness };
  }

  const dialogOf = (page: Page): Locator => page.getByRole('dialog', { name: 'Settings' });
  const updates = (h: RendererHarness): unknown[] => h.exchanges.filter((exchange) => exchange.channel === 'settings:update').map((exchange) => exchange.request);
  async function savedSettings(h: RendererHarness): Promise<Settings> {
    const result = (await h.testCore.invoke('settings:get')) as { ok: true; value: Settings };
    return result.value;
  }
  /** With Ctrl+, once the app is on screen (a key pressed before it mounts goes nowhere). */
  async function openSettings(page: Page): Promise<Locator> {
    await expect.poll(() => page.getByRole('button', { name: 'Settings' }).isVisible()).toBe(true);
    await page.keyboard.press('Control+Comma');
    await expect.poll(() => dialogOf(page).isVisible()).toBe(true);
    return dialogOf(page);
  }

  it('shows every setting with its saved value, and the shortcut’s status from main', async () => {
    const { page } = await open();
    const dialog = await openSettings(page);
    expect(await dialog.getByLabel('Clear clipboard after (seconds)', { exact: true }).inputValue()).toBe('60');
    expect(await dialog.getByLabel('Default copy format', { exact: true }).inputValue()).toBe('raw');
    const formats = await dialog.getByLabel('Default copy format', { exact: true }).locator('option').allTextContents();
    expect(formats).toEqual(['Token only', 'Bearer <token>', 'Authorization: Bearer <token>', 'curl command']);
    expect(await dialog.getByLabel('Launch at login', { exact: true }).isChecked()).toBe(false);
    expect(await dialog.getByLabel('Remind before a pinned token expires', { exact: true }).isChecked()).toBe(true);
    expect(await dialog.getByLabel('Quick switcher shortcut', { exact: true }).inputValue()).toBe('CommandOrControl+Alt+Shift+B');
    // The test core has no desktop shell, so main reports the shortcut as not registered, without a reason of its own.
    await expect.poll(() => dialog.getByTestId('shortcut-status').textContent()).toMatch(/^Not registered/);
    for (const label of ['Expiring soon (seconds)', 'Least time left on a copied token (seconds)', 'Wait for Butlr (seconds)', 'Auto-refresh new profiles']) {
      expect(await dialog.getByLabel(label, { exact: true }).count()).toBe(1);
    }
    // A keyring is present: the weak-storage choice does not exist here.
    expect(await dialog.getByLabel('Store secrets without a keyring').count()).toBe(0);
  });

  it('refuses a bad shortcut and a negative clear time inline with the shared messages, and saves nothing', async () => {
    const { page, harness: h } = await open();
    const dialog = await openSettings(page);
    const shortcut = dialog.getByLabel('Quick switcher shortcut', { exact: true });
    await shortcut.fill('B');
    await shortcut.blur();
    await expect.poll(() => dialog.textContent()).toContain('Use modifiers and a key joined by +');
    expect(await shortcut.getAttribute('aria-invalid')).toBe('true');

    const clear = dialog.getByLabel('Clear clipboard after (seconds)', { exact: true });
    await clear.fill('-1');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialog.textContent()).toContain('Zero (never) or more seconds.');
    // Focus goes to the first problem in the form's order: the clear time comes before the shortcut.
    expect(await clear.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(updates(h)).toEqual([]);
  });

  it('saves the new settings, sends only what changed, and shows them again after a reload', async () => {
    const { page, harness: h } = await open();
    let dialog = await openSettings(page);
    await dialog.getByLabel('Clear clipboard after (seconds)', { exact: true }).fill('0');
    await dialog.getByLabel('Default copy format', { exact: true }).selectOption({ label: 'curl command' });
    await dialog.getByLabel('Launch at login', { exact: true }).check();
    await dialog.getByLabel('Remind before a pinned token expires', { exact: true }).uncheck();
    await dialog.getByLabel('Quick switcher shortcut', { exact: true }).fill(' Alt+Shift+K ');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialogOf(page).count()).toBe(0);

    expect(updates(h)).toEqual([{ clipboardClearSeconds: 0, defaultCopyFormat: 'curl', launchAtLogin: true, expiryReminders: false, quickSwitcherShortcut: 'Alt+Shift+K' }]);
    expect(await savedSettings(h)).toMatchObject({ clipboardClearSeconds: 0, defaultCopyFormat: 'curl', launchAtLogin: true, expiryReminders: false, quickSwitcherShortcut: 'Alt+Shift+K' });

    await page.reload();
    dialog = await openSettings(page);
    expect(await dialog.getByLabel('Clear clipboard after (seconds)', { exact: true }).inputValue()).toBe('0');
    expect(await dialog.getByLabel('Default copy format', { exact: true }).inputValue()).toBe('curl');
    expect(await dialog.getByLabel('Launch at login', { exact: true }).isChecked()).toBe(true);
    expect(await dialog.getByLabel('Remind before a pinned token expires', { exact: true }).isChecked()).toBe(false);
    expect(await dialog.getByLabel('Quick switcher shortcut', { exact: true }).inputValue()).toBe('Alt+Shift+K');

    // Saving with nothing changed sends nothing.
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialogOf(page).count()).toBe(0);
    expect(updates(h)).toHaveLength(1);
  });

  it('turning the shortcut off says so', async () => {
    const { page } = await open();
    let dialog = await openSettings(page);
    await dialog.getByLabel('Quick switcher shortcut', { exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialogOf(page).count()).toBe(0);
    dialog = await openSettings(page);
    expect(await dialog.getByTestId('shortcut-status').textContent()).toMatch(/^Off: no shortcut/);
  });

  it('offers to store secrets without a keyring only where there is none, with a warning, and keeps the choice', async () => {
    const { page, harness: h } = await open('basic_text');
    let dialog = await openSettings(page);
    const weak = dialog.getByLabel('Store secrets without a keyring', { exact: true });
    await expect.poll(() => weak.count()).toBe(1);
    expect(await weak.isChecked()).toBe(false);
    const warning = await weak.evaluate((input) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(warning).toContain('anyone who can read your files can recover them');
    await weak.check();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialogOf(page).count()).toBe(0);
    expect((await savedSettings(h)).allowWeakEncryption).toBe(true);

    await page.reload();
    dialog = await openSettings(page);
    expect(await dialog.getByLabel('Store secrets without a keyring', { exact: true }).isChecked()).toBe(true);
  });
});
