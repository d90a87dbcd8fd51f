// The journey a person makes, in the real Electron app, wherever an Electron binary exists; one clear skip line where it
// does not. CI on Linux, macOS and Windows sets BUTLR_REQUIRE_ELECTRON=1, so there a missing binary fails instead.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { addProfile, fetchWatchAndCopy, profileRow } from '../fixtures/journey-steps';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, MAIN_BUNDLE } from './built-bundles';
import { findElectronBinary } from '../fixtures/electron-binary';

const electron = findElectronBinary();
if (!electron.available) {
  if (process.env.BUTLR_REQUIRE_ELECTRON) throw new Error(`BUTLR_REQUIRE_ELECTRON is set, but the real-Electron E2E cannot run: ${electron.reason}.`);
  console.log(`SKIP real-Electron E2E: ${electron.reason}.`);
}

const PROFILE = 'Staging HQ';

describe.runIf(electron.available)('the real Electron app', () => {
  let butlr: FakeButlrServer;
  let dataDir: TempDataDir;
  let app: ElectronApplication | undefined;

  async function launch(extraArgs: string[] = []): Promise<ElectronApplication> {
    if (!electron.available) throw new Error('unreachable');
    return _electron.launch({
      executablePath: electron.executablePath,
      // Linux CI has no keyring: the basic store, agreed to below as a person would in Settings.
      args: [resolve(import.meta.dirname, '../..'), ...(process.platform === 'linux' ? ['--password-store=basic'] : []), ...extraArgs],
      env: { ...process.env, BUTLR_DATA_DIR: dataDir.path, ELECTRON_RENDERER_URL: '' },
    });
  }

  const readClipboard = (running: ElectronApplication): Promise<string> => running.evaluate(({ clipboard }) => clipboard.readText());

  beforeAll(async () => {
    assertBuilt(MAIN_BUNDLE);
    butlr = await startFakeButlrServer();
    dataDir = await createTempDataDir();
    if (process.platform === 'linux') {
      await writeFile(join(dataDir.path, 'settings.json'), JSON.stringify({ version: 1, settings: { allowWeakEncryption: true } }), { mode: 0o600 });
    }
    app = await launch();
  });

  afterAll(async () => {
    await app?.close();
    await butlr?.close();
    await dataDir?.remove();
  });

  it('starts on its own page with no Node and no Electron in it, only window.butlr', async () => {
    const page = await app!.firstWindow();
    expect(page.url()).toBe('app://butlr/index.html');
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      butlr: Object.keys((window as unknown as { butlr: object }).butlr).sort(),
    }));
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.butlr).toContain('copyToken');
  });

  it('adds a client-credentials profile, fetches, counts down and copies exactly the token to the system clipboard', async () => {
    const page = await app!.firstWindow();
    const row = await addProfile(page, { name: PROFILE, baseUrl: butlr.url, clientId: 'demo-client', clientSecret: 'demo-secret' });
    await fetchWatchAndCopy(page, row);
    expect(await readClipboard(app!)).toBe(butlr.issuedTokens.at(-1));
    if (process.platform === 'darwin') {
      // Clipboard managers skip what carries nspasteboard.org's concealed marker.
      expect(await app!.evaluate(({ clipboard }) => clipboard.has('org.nspasteboard.ConcealedType'))).toBe(true);
    }
  });

  it('lists the profile in the tray menu with its status and time left', async () => {
    // The tray menu is rebuilt every 15 s for its countdowns: catch the next one Electron is handed.
    await app!.evaluate(({ Tray }) => {
      const original = Tray.prototype.setContextMenu;
      Tray.prototype.setContextMenu = function (this: Electron.Tray, menu: Electron.Menu | null) {
        (globalThis as { lastTrayMenu?: Electron.Menu | null }).lastTrayMenu = menu;
        return original.call(this, menu);
      };
    });
    const labels = () => app!.evaluate(() => ((globalThis as { lastTrayMenu?: Electron.Menu }).lastTrayMenu?.items ?? []).map((item) => item.label));
    await expect.poll(labels, { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringContaining(PROFILE)]));
    expect((await labels()).find((label) => label.includes(PROFILE))).toMatch(/\d/);
  });

  it('after a restart, copies the saved token again without a new sign-in', async () => {
    const signIns = butlr.issuedTokens.length;
    await app!.close();
    app = await launch();
    const page = await app.firstWindow();
    const row = profileRow(page, PROFILE);
    await expect.poll(() => row.getByTestId('token-status').textContent()).toMatch(/valid/i);
    await row.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => readClipboard(app!)).toBe(butlr.issuedTokens.at(-1));
    expect(butlr.issuedTokens).toHaveLength(signIns);
  });

  it('clears the token from the clipboard when it quits', async () => {
    const token = butlr.issuedTokens.at(-1);
    expect(await readClipboard(app!)).toBe(token);
    await app!.close();
    // Read the system clipboard from a fresh launch: the app that put the token there is gone.
    app = await launch();
    await app.firstWindow();
    expect(await readClipboard(app)).not.toBe(token);
  });

  it.runIf(process.platform === 'linux')('on Linux without a keyring, calls the encryption weak because the async encryptor sealed with Chromium’s fixed key', async () => {
    // What secret-cipher.ts relies on, checked against the real encryptor: its ciphertext starts with the v10 tag here.
    const tag = await app!.evaluate(async ({ safeStorage }) => (await safeStorage.encryptStringAsync('probe')).subarray(0, 3).toString('latin1'));
    expect(tag).toBe('v10');
    const page = await app!.firstWindow();
    const status = await page.evaluate(() => (window as unknown as { butlr: { getEncryptionStatus(): Promise<unknown> } }).butlr.getEncryptionStatus());
    expect(status).toEqual({ ok: true, value: expect.objectContaining({ available: true, weak: true }) });
  });

  it('started with --hidden and a window left maximised, stays hidden: maximize() would show it', async () => {
    await app!.close();
    await writeFile(join(dataDir.path, 'window-state.json'), JSON.stringify({ bounds: null, maximized: true }), { mode: 0o600 });
    app = await launch(['--hidden']);
    await app.firstWindow();
    // Past ready-to-show: the page has loaded and painted.
    await expect.poll(() => app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((window) => window.webContents.getURL().endsWith('index.html') && !window.webContents.isLoading()))).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => ({ visible: window.isVisible(), maximized: window.isMaximized() })))).toEqual([
      { visible: false, maximized: false },
      { visible: false, maximized: false },
    ]);
    // Asked for (a second launch does the same as the tray's Open), it appears maximised as it was left.
    await app.evaluate(({ app: electronApp }) => electronApp.emit('second-instance'));
    await expect.poll(() => app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((window) => window.isVisible()).map((window) => window.isMaximized()))).toEqual([true]);
  });
});
