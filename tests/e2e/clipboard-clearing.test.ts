// Clipboard hygiene in Chromium: a copied token is cleared when the time is up, but only if the clipboard still holds it.
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, RENDERER_DIR } from '../electron/built-bundles';
import { seedProfiles } from '../fixtures/board-seed';
import { startFakeButlrServer, type FakeButlrServer } from '../fixtures/fake-butlr-server';
import { profileRow } from '../fixtures/journey-steps';
import { openRendererHarness, type RendererHarness } from '../fixtures/renderer-harness';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';

describe('clipboard clearing in the built renderer', () => {
  let butlr: FakeButlrServer | undefined;
  let dataDir: TempDataDir | undefined;
  let harness: RendererHarness | undefined;

  beforeAll(() => assertBuilt(join(RENDERER_DIR, 'index.html')));

  afterEach(async () => {
    await harness?.close();
    await butlr?.close();
    await dataDir?.remove();
  });

  /** The board with one profile, the clipboard cleared one second after each copy. */
  async function open(): Promise<RendererHarness> {
    butlr = await startFakeButlrServer();
    dataDir = await createTempDataDir();
    harness = await openRendererHarness({ dataDir: dataDir.path, settings: { clipboardClearSeconds: 1 } });
    await seedProfiles(harness.testCore, [{ name: 'Staging HQ', baseUrl: butlr.url }]);
    await harness.page.reload();
    await profileRow(harness.page, 'Staging HQ').waitFor();
    return harness;
  }

  it('clears the token it copied once the time is up', async () => {
    const { page, testCore } = await open();
    await profileRow(page, 'Staging HQ').getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => testCore.clipboard[0]).toBe(butlr!.issuedTokens[0]);
    // The test clipboard records every write: clearing appends an empty one.
    await expect.poll(() => testCore.clipboard.at(-1), { timeout: 10_000 }).toBe('');
    expect(harness!.problems).toEqual([]);
  });

  it('leaves the clipboard alone when something else was copied meanwhile', async () => {
    const { page, testCore } = await open();
    await profileRow(page, 'Staging HQ').getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => testCore.clipboard[0]).toBe(butlr!.issuedTokens[0]);
    testCore.clipboard.push('a link the person copied from their browser');
    // Past the clearing time, with a margin: the other text is still there and nothing was cleared.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(testCore.clipboard).toEqual([butlr!.issuedTokens[0], 'a link the person copied from their browser']);
  });
});
