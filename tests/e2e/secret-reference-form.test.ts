// The profile form's secret source in Chromium against the real core: choosing a team secret manager next to the secret,
// the CLI found on PATH and its absolute path shown in the exact command, per-preset syntax checks, and Test and Save
// reading the secret through a fake `op` without the page ever seeing it.
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profile';
import type { FakeButlrServer } from '../fixtures/fake-butlr-server';
import { createFakeSecretManagers, type FakeSecretManagers } from '../fixtures/fake-secret-managers';
import { chooseFromMoreMenu, openFormSection, pageTraffic, profileDialog, profileRow } from '../fixtures/journey-steps';
import { openBrowserWorld, type BrowserWorld } from '../fixtures/browser-world';
import type { RendererHarness } from '../fixtures/renderer-harness';

const TEAM_SECRET = 'team-secret-read-by-op-7781';

describe('a profile whose secret lives in the team’s secret manager, from the form', () => {
  let butlr: FakeButlrServer;
  let world: BrowserWorld | undefined;
  let harness: RendererHarness;
  let page: Page;
  let fakes: FakeSecretManagers;

  const dialog = (): Locator => profileDialog(page);
  const source = (): Locator => dialog().getByLabel('Where the client secret comes from');
  const command = (): Locator => dialog().getByTestId('reference-command');
  const note = (): Locator => dialog().locator('#profile-test-note');
  const calls = (channel: string) => harness.exchanges.filter((exchange) => exchange.channel === channel);
  async function mainProfile(name: string): Promise<ProfileView | undefined> {
    const result = (await harness.testCore.invoke('profiles:list')) as { ok: true; value: ProfileView[] };
    return result.value.find((profile) => profile.name === name);
  }

  beforeAll(async () => {
    fakes = await createFakeSecretManagers();
    await fakes.set('op', 'value', `${TEAM_SECRET}\n`);
    // Not installed: its lookup has to say so.
    await rm(fakes.path('bws'));
    world = await openBrowserWorld({
      butlr: { expiresInSeconds: 3600, clients: { 'team-client': TEAM_SECRET } },
      harness: { environment: { PATH: `${fakes.bin}:/usr/bin:/bin`, HOME: '/nonexistent-home' } },
    });
    ({ butlr, harness, page } = world);
    page.setDefaultTimeout(5000);
  });

  afterAll(async () => {
    await world?.close();
    await fakes.remove();
  });

  async function startTeamProfile(name: string): Promise<void> {
    await page.getByRole('button', { name: 'New profile' }).first().click();
    await dialog().getByLabel('Name', { exact: true }).fill(name);
    await dialog().getByLabel('Client ID', { exact: true }).fill('team-client');
    await openFormSection(dialog(), 'Advanced');
    await dialog().getByLabel('Base URL', { exact: true }).fill(butlr.url);
  }

  it('offers the source next to the secret, and finds the chosen CLI on PATH', async () => {
    await startTeamProfile('Team production');
    expect(await source().inputValue()).toBe('stored');
    expect(await dialog().getByLabel('Client secret', { exact: true }).count()).toBe(1);
    await source().selectOption('1password');
    expect(await dialog().getByLabel('Client secret', { exact: true }).count()).toBe(0);
    await dialog().getByLabel('Secret reference', { exact: true }).fill('op://Team/Butlr Prod/credential');
    await expect.poll(() => command().textContent()).toBe(`Runs, without a shell: ${fakes.path('op')} read 'op://Team/Butlr Prod/credential'`);
    expect(calls('secret-sources:find-manager').map((exchange) => exchange.request)).toEqual([{ preset: '1password' }]);
  });

  it('checks the reference’s syntax before anything runs', async () => {
    await dialog().getByLabel('Secret reference', { exact: true }).fill('op://Team/credential');
    await dialog().getByRole('button', { name: 'Test', exact: true }).click();
    const input = dialog().getByLabel('Secret reference', { exact: true });
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog().locator('.field-invalid').textContent()).toContain('op://vault/item/field');
    expect(calls('tokens:test-profile')).toEqual([]);
    expect(await fakes.calls('op')).toBe(0);
  });

  it('Test reads the secret once and signs in; Save stores the reference with the CLI’s absolute path', async () => {
    await dialog().getByLabel('Secret reference', { exact: true }).fill('op://Team/Butlr Prod/credential');
    await dialog().getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => note().textContent()).toMatch(/^Signed in — token valid for 60 min\. Saving keeps it\.$/);
    expect(await fakes.calls('op')).toBe(1);
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => profileRow(page, 'Team production').getByTestId('token-status').textContent()).toBe('Valid');
    expect(await mainProfile('Team production')).toMatchObject({
      secret: 'set',
      secretReference: { preset: '1password', executable: fakes.path('op'), reference: 'op://Team/Butlr Prod/credential' },
    });
    expect(await fakes.calls('op')).toBe(1);
  });

  it('says where it looked when a CLI is not installed, and runs nothing', async () => {
    await page.getByRole('button', { name: 'New profile' }).first().click();
    await source().selectOption('bitwarden');
    await expect.poll(() => command().textContent()).toMatch(/^The Bitwarden Secrets Manager CLI \(bws\) was not found on PATH, \/usr\/local\/bin|^The Bitwarden Secrets Manager CLI \(bws\) was not found on PATH, \/opt\/homebrew\/bin/);
    expect(await command().textContent()).toContain('Install it, then choose Bitwarden Secrets Manager again.');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
  });

  it('asks to confirm the reference again when the audience changes: saving confirms it for the new server', async () => {
    await chooseFromMoreMenu(profileRow(page, 'Team production'), 'Edit');
    expect(await source().inputValue()).toBe('1password');
    expect(await dialog().getByTestId('reference-reconfirm').count()).toBe(0);
    await openFormSection(dialog(), 'Advanced');
    await dialog().getByLabel('Audience', { exact: true }).fill('https://butlrauth/eu/');
    await expect.poll(() => dialog().getByTestId('reference-reconfirm').textContent()).toBe(
      'The audience changed: saving confirms that this command’s secret may be sent to the new server.',
    );
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(calls('profiles:update').at(-1)?.request).toMatchObject({ changes: { audience: 'https://butlrauth/eu/', secretReference: { preset: '1password' } } });
    expect(await mainProfile('Team production')).toMatchObject({ secret: 'set', audience: 'https://butlrauth/eu/' });
  });

  it('imports a custom command off, showing the exact command, and runs it only once a person saved it in the form', async () => {
    await fakes.set('get-secret', 'value', `${TEAM_SECRET}\n`);
    const file = join(fakes.bin, 'team.json');
    const profile = { kind: 'client_credentials', name: 'Team custom', baseUrl: butlr.url, clientId: 'team-client', audience: 'https://butlrauth/' };
    const secretReference = { preset: 'custom', executable: fakes.path('get-secret'), args: ['--vault', 'Team Prod'] };
    await writeFile(file, JSON.stringify({ format: 'butlr-credentials-export', version: 3, exportedAt: '2026-12-01T09:30:00.000Z', profiles: [{ ...profile, secretReference }] }));
    harness.testCore.dialogs.nextOpenPath = file;
    await page.getByRole('button', { name: 'Import…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import profiles' });
    await expect.poll(() => importDialog.getByTestId('import-command').textContent()).toBe(`${fakes.path('get-secret')} --vault 'Team Prod'`);
    expect(await importDialog.textContent()).toContain('Off until you read it in the profile and save it there');
    // A custom command's program is the file's own choice: nothing is said of whether it is installed.
    expect(await importDialog.getByTestId('import-cli-missing').count()).toBe(0);
    await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => importDialog.count()).toBe(0);
    await expect.poll(() => page.getByText('Imported 1 profile. 1 has a secret reference to confirm in the profile.').count()).toBe(1);
    expect(await mainProfile('Team custom')).toMatchObject({ secret: 'missing', secretReference });
    expect(await fakes.calls('get-secret')).toBe(0);
    // Not "Needs secret": nothing is to be typed, only the command to be read and saved.
    const row = profileRow(page, 'Team custom');
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('Confirm secret reference');
    expect(await row.textContent()).toContain('The client secret is read by running get-secret, which is not confirmed on this computer yet. Edit the profile and save it to confirm.');

    const askedBefore = harness.testCore.dialogs.commandQuestions.length;
    await row.getByRole('button', { name: 'Confirm reference' }).click();
    expect(await source().inputValue()).toBe('custom');
    expect(await dialog().getByLabel('Program', { exact: true }).inputValue()).toBe(fakes.path('get-secret'));
    expect(await dialog().getByLabel('Arguments, one per line', { exact: true }).inputValue()).toBe('--vault\nTeam Prod');
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await mainProfile('Team custom')).toMatchObject({ secret: 'set' });
    // Enabled in main's own dialog, which showed the exact command; the window's word alone runs nothing.
    expect(harness.testCore.dialogs.commandQuestions.slice(askedBefore)).toEqual([
      { profileName: 'Team custom', command: `${fakes.path('get-secret')} --vault 'Team Prod'`, sendsTo: butlr.url, signsInAs: 'team-client', preset: null },
    ]);
    expect(await fakes.calls('get-secret')).toBe(0);
    await chooseFromMoreMenu(profileRow(page, 'Team custom'), 'Get token');
    await expect.poll(() => profileRow(page, 'Team custom').getByTestId('token-status').textContent()).toBe('Valid');
    expect(await fakes.lastArgs('get-secret')).toEqual(['--vault', 'Team Prod']);
  });

  it('asks about a custom command once when it is tested and then saved as it is, and again when it changed after Test', async () => {
    await fakes.set('get-secret', 'value', `${TEAM_SECRET}\n`);
    const questions = harness.testCore.dialogs.commandQuestions;
    const asked = questions.length;
    await startTeamProfile('Team script');
    await source().selectOption('custom');
    await dialog().getByLabel('Program', { exact: true }).fill(fakes.path('get-secret'));
    await dialog().getByLabel('Arguments, one per line', { exact: true }).fill('--vault\nTeam Prod');
    await dialog().getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => note().textContent()).toMatch(/^Signed in — /);
    expect(questions).toHaveLength(asked + 1);
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(questions).toHaveLength(asked + 1);
    expect(calls('profiles:create-with-reference').at(-1)?.request).toMatchObject({ allowedCommand: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(await mainProfile('Team script')).toMatchObject({ secret: 'set', token: { state: 'issued' } });

    // Tested, then changed: the command saved is not the one the person allowed, so main asks about it.
    await chooseFromMoreMenu(profileRow(page, 'Team script'), 'Edit');
    await dialog().getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => note().textContent()).toMatch(/^Signed in — /);
    expect(questions).toHaveLength(asked + 2);
    await dialog().getByLabel('Arguments, one per line', { exact: true }).fill('--vault\nTeam Staging');
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(questions).toHaveLength(asked + 3);
    expect(questions.at(-1)).toMatchObject({ profileName: 'Team script', command: `${fakes.path('get-secret')} --vault 'Team Staging'` });
  });

  it('imports a preset without the file’s path, and once its CLI is installed here the form finds it as it opens', async () => {
    const file = join(fakes.bin, 'team-bws.json');
    const profile = { kind: 'client_credentials', name: 'Team bws', baseUrl: butlr.url, clientId: 'team-client', audience: 'https://butlrauth/' };
    const secretId = '2d0ca4a2-5f5e-4a0b-9d4c-0123456789ab';
    await writeFile(file, JSON.stringify({ format: 'butlr-credentials-export', version: 3, exportedAt: '2026-12-01T09:30:00.000Z', profiles: [{ ...profile, secretReference: { preset: 'bitwarden', executable: '/Users/someone-else/bin/bws', secretId } }] }));
    harness.testCore.dialogs.nextOpenPath = file;
    await page.getByRole('button', { name: 'Import…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import profiles' });
    // bws is not installed here (yet): where it would be here, never the exporter's path.
    await expect.poll(() => importDialog.getByTestId('import-command').textContent()).toBe(`/usr/local/bin/bws secret get ${secretId} --output json`);
    expect((await importDialog.getByTestId('import-cli-missing').textContent())?.trim()).toBe('Bitwarden Secrets Manager CLI (bws) is not installed on this computer: install it before you confirm the reference');
    await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => importDialog.count()).toBe(0);
    const row = profileRow(page, 'Team bws');
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('Confirm secret reference');

    // Installed since; the form looks for it as it opens, so saving confirms this computer's bws without choosing it again.
    const installer = await createFakeSecretManagers();
    await copyFile(installer.path('bws'), fakes.path('bws'));
    await installer.remove();
    await fakes.set('bws', 'value', JSON.stringify({ id: secretId, key: 'BUTLR', value: TEAM_SECRET }));
    await row.getByRole('button', { name: 'Confirm reference' }).click();
    await expect.poll(() => command().textContent()).toBe(`Runs, without a shell: ${fakes.path('bws')} secret get ${secretId} --output json`);
    await dialog().getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await mainProfile('Team bws')).toMatchObject({ secret: 'set', secretReference: { preset: 'bitwarden', executable: fakes.path('bws'), secretId } });
    await chooseFromMoreMenu(row, 'Get token');
    await expect.poll(() => row.getByTestId('token-status').textContent()).toBe('Valid');
    expect(await fakes.calls('bws')).toBe(1);
  });

  it('never sent the secret to the page, and had no page errors', () => {
    expect(pageTraffic(harness)).not.toContain(TEAM_SECRET);
    for (const token of butlr.issuedTokens) expect(pageTraffic(harness)).not.toContain(token);
    expect(harness.problems).toEqual([]);
  });
});
