// The walking-skeleton journey in Chromium: add a profile, get a token, watch the countdown, copy — with the real main handlers.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProfile, chooseFromMoreMenu, fetchWatchAndCopy, profileRow } from '../fixtures/journey-steps';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';
import type { TempDataDir } from '../fixtures/temp-data-dir';

const SECRET = 'demo-secret';
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../docs');

describe('client-credentials journey in the built renderer', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let dataDir: TempDataDir;
  let harness: RendererHarness;

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 } });
    ({ butlr, harness, dataDir } = world);
  });

  afterAll(() => world?.close());

  it('adds a profile, fetches a token, counts down, copies exactly the token and never shows a secret', async () => {
    const { page } = harness;

    const row = await addProfile(page, { name: 'Staging HQ', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: SECRET });
    await expect.poll(() => row.getByTestId('token-status').textContent()).toMatch(/no token/i);

    const firstReading = await fetchWatchAndCopy(page, row);
    expect(firstReading).toBeGreaterThan(3500);
    expect(firstReading).toBeLessThanOrEqual(3600);
    expect(butlr.requests).toEqual([
      {
        path: '/api/v2/clients/login',
        body: { client_id: 'demo-client', client_secret: SECRET, audience: 'https://butlrauth/', grant_type: 'client_credentials' },
      },
    ]);
    // Copy used the token just fetched: exactly it on the clipboard, no second sign-in.
    expect(harness.testCore.clipboard).toEqual([butlr.issuedTokens[0]]);

    // A second profile, not yet signed in, so the README's screenshot shows two states side by side.
    await addProfile(page, { name: 'Production EU', baseUrl: butlr.url, clientId: 'demo-client', clientSecret: SECRET });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'profile-list.png') });
  });

  it('sent the page no secret and no token in any IPC answer or event', () => {
    const token = butlr.issuedTokens[0]!;
    const traffic = JSON.stringify({ answers: harness.exchanges.map((exchange) => exchange.response), events: harness.events });
    expect(harness.exchanges.length).toBeGreaterThan(3);
    for (const forbidden of [SECRET, token, token.split('.')[1]!, Buffer.from(SECRET).toString('base64')]) {
      expect(traffic).not.toContain(forbidden);
    }
  });

  it('left no secret or token in clear, base64 or hex in the data folder', async () => {
    const token = butlr.issuedTokens[0]!;
    // Nothing may still be on its way to disk when the folder is read.
    harness.testCore.core.flushPendingWrites();
    const files = (await readdir(dataDir.path, { recursive: true })).filter((file) => file.endsWith('.json')).sort();
    expect(files.filter((file) => !file.startsWith('tokens'))).toEqual(['activity.json', 'profiles.json', 'settings.json']);
    // The one profile's token, in a file of its own.
    expect(files.filter((file) => file.startsWith('tokens'))).toEqual([expect.stringMatching(/^tokens[\\/][0-9a-f-]{36}\.json$/)]);
    for (const file of files) {
      const text = await readFile(join(dataDir.path, file), 'utf8');
      for (const value of [SECRET, token]) {
        for (const encoded of [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('hex')]) expect(text).not.toContain(encoded);
      }
    }
  });

  it('shows a rejected secret as a clear message on the row and keeps the app working', async () => {
    const { page } = harness;
    butlr.setFailure('reject', 'demo-client');
    const row = profileRow(page, 'Staging HQ');
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => row.textContent()).toMatch(/rejected these credentials/);
    butlr.setFailure(null, 'demo-client');
    expect(harness.problems).toEqual([]);
  });
});
