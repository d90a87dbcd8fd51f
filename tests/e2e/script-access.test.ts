// Scripts' access in the built renderer against the real core: the row's marker, the details panel's switch and grants, Settings' word on the channel.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../shared/ipc/channels';
import type { ScriptAccess } from '../../shared/script-access';
import { openChannel } from '../../electron/core/cli-channel/channel-client';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';
import { profileRow } from '../fixtures/journey-steps';
import { testLocation, TEST_CALLER } from '../fixtures/cli-channel-kit';
import { profileInput, valueOf } from '../unit/electron/core/core-test-kit';

describe('scripts’ access in the built renderer', () => {
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;
  let profileId: string;
  const panel = (): Locator => page.getByTestId('details-panel');
  const row = (): Locator => profileRow(page, 'Prod EU');
  const access = async (): Promise<ScriptAccess> => valueOf<ScriptAccess>(await harness.testCore.invoke(ipcChannels.getScriptAccess));

  /** What butlr-cred does: a token for `session`, through the channel. */
  async function askForToken(session: string): Promise<boolean> {
    const channel = await openChannel(testLocation(world!.dataDir.path));
    if (!channel.ok) throw new Error(channel.error.detail);
    await channel.value.request('hello', { session, caller: TEST_CALLER });
    const answer = await channel.value.request('token.get', { profile: 'Prod EU', minValiditySeconds: 60 });
    channel.value.close();
    return answer.ok;
  }

  beforeAll(async () => {
    world = await openBrowserWorld({ butlr: { expiresInSeconds: 3600 }, harness: { viewport: { width: 1280, height: 860 } } });
    ({ harness, page } = world);
    profileId = valueOf<{ id: string }>(await harness.testCore.invoke(ipcChannels.createProfile, profileInput(world.butlr.url, { name: 'Prod EU' }))).id;
    await harness.testCore.core.listenForCli(testLocation(world.dataDir.path));
    await row().waitFor();
  });

  afterAll(async () => {
    await harness?.testCore.core.quit();
    await world?.close();
  });

  it('shows no marker until a script is allowed, then a “Scripts” marker with the caller and the time left', async () => {
    expect(await row().getByTestId('scripts-marker').count()).toBe(0);
    harness.testCore.dialogs.answerScriptAccess = () => 'ten_minutes';
    expect(await askForToken('a'.repeat(32))).toBe(true);
    const marker = row().getByTestId('scripts-marker');
    await expect.poll(() => marker.count()).toBe(1);
    expect(await marker.textContent()).toMatch(/^ScriptsScripts may take this token: bash \(pid 4242\), \d\d:\d\d left\. Show details to revoke\.$/);
  });

  it('opens the details from the marker, lists the grant there, and Revoke ends it (main asks again next time)', async () => {
    await row().getByTestId('scripts-marker').click();
    const section = panel().getByTestId('script-access');
    await expect.poll(() => section.getByTestId('script-grant').count()).toBe(1);
    expect(await section.getByTestId('script-grant').textContent()).toMatch(/bash \(pid 4242\) · \d\d:\d\d left/);
    await section.getByRole('button', { name: 'Revoke access for bash (pid 4242)' }).click();
    await expect.poll(async () => (await access()).grants).toEqual([]);
    await expect.poll(() => row().getByTestId('scripts-marker').count()).toBe(0);
    await expect.poll(() => section.textContent()).toContain('No script may take this token now.');
    harness.testCore.dialogs.answerScriptAccess = () => 'deny';
    expect(await askForToken('a'.repeat(32))).toBe(false);
  });

  it('turns “Let scripts get this token without asking” on only from here, and then no dialog opens', async () => {
    const toggle = panel().getByRole('switch', { name: 'Let scripts get this token without asking' });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await expect.poll(async () => (await access()).withoutAsking).toEqual([profileId]);
    await expect.poll(() => panel().getByTestId('script-access').textContent()).toContain('Any program running as you can get this profile’s access token');
    const asked = harness.testCore.dialogs.scriptQuestions.length;
    expect(await askForToken('b'.repeat(32))).toBe(true);
    expect(harness.testCore.dialogs.scriptQuestions).toHaveLength(asked);
    await toggle.click();
    await expect.poll(async () => (await access()).withoutAsking).toEqual([]);
  });

  it('says in Settings where the app listens for butlr-cred', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' }).getByTestId('command-line-settings');
    await expect.poll(() => settings.textContent()).toContain(`Listening for butlr-cred at ${world!.dataDir.path}/cli/butlr-cred.sock.`);
    await page.keyboard.press('Escape');
  });

  it('sends the page no token and no secret', () => {
    const seen = JSON.stringify([harness.exchanges, harness.events]);
    for (const token of world!.butlr.issuedTokens) expect(seen).not.toContain(token);
    expect(seen).not.toContain('demo-secret');
    expect(harness.problems).toEqual([]);
  });
});
