// The same journey in the real Electron app, wherever an Electron binary exists; one clear skip line where it does not.
import { resolve } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { addProfile, fetchWatchAndCopy } from '../fixtures/journey-steps';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, MAIN_BUNDLE } from './built-bundles';
import { findElectronBinary } from '../fixtures/electron-binary';

const electron = findElectronBinary();
if (!electron.available) console.log(`SKIP real-Electron E2E: ${electron.reason}.`);

describe.runIf(electron.available)('the real Electron app', () => {
  let butlr: FakeButlrServer;
  let dataDir: TempDataDir;
  let app: ElectronApplication;

  beforeAll(async () => {
    if (!electron.available) return;
    assertBuilt(MAIN_BUNDLE);
    butlr = await startFakeButlrServer();
    dataDir = await createTempDataDir();
    app = await _electron.launch({
      executablePath: electron.executablePath,
      args: [resolve(import.meta.dirname, '../..'), ...(process.platform === 'linux' ? ['--password-store=basic'] : [])],
      env: { ...process.env, BUTLR_DATA_DIR: dataDir.path, ELECTRON_RENDERER_URL: '' },
    });
  });

  afterAll(async () => {
    await app?.close();
    await butlr?.close();
    await dataDir?.remove();
  });

  it('adds a profile, fetches, counts down and copies exactly the token to the system clipboard', async () => {
    const page = await app.firstWindow();
    expect(page.url()).toBe('app://butlr/index.html');
    const row = await addProfile(page, { name: 'Staging HQ', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: 'demo-secret' });
    await fetchWatchAndCopy(page, row);
    const clipboardText = await app.evaluate(({ clipboard }) => clipboard.readText());
    expect(clipboardText).toBe(butlr.issuedTokens.at(-1));
  });

  it('gives the page no Node and no Electron, only window.butlr', async () => {
    const page = await app.firstWindow();
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      butlr: Object.keys((window as unknown as { butlr: object }).butlr).sort(),
    }));
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.butlr).toContain('copyToken');
  });
});
