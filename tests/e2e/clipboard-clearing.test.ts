// Clipboard hygiene in Chromium: a copied token is cleared when the time is up, but only if the clipboard still holds it.
import { afterEach, describe, expect, it } from 'vitest';
import { seedProfiles } from '../fixtures/board-seed';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { profileRow } from '../fixtures/journey-steps';
import type { RendererHarness } from '../fixtures/renderer-harness';

describe('clipboard clearing in the built renderer', () => {
  let world: BrowserWorld | undefined;
  let butlr: FakeButlrServer | undefined;
  let harness: RendererHarness | undefined;

  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  /** The board with one profile, the clipboard cleared one second after each copy. */
  async function open(): Promise<RendererHarness> {
    world = await openBrowserWorld({ harness: { settings: { clipboardClearSeconds: 1 } } });
    ({ butlr, harness } = world);
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
