// A profile whose secret lives in the team's secret manager, through the real core: read only when a sign-in needs it,
// sent to Butlr and nowhere else, read once more after a rejection, and bound to its server like a saved secret.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import { DEFAULT_BASE_URL, type NewReferenceProfileInput, type ProfileView } from '../../../../../shared/profile';
import type { Logger } from '../../../../../electron/core/logger';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { createFakeSecretManagers, type FakeSecretManagers } from '../../../../fixtures/fake-secret-managers';
import type { TestCore } from '../../../../fixtures/test-core';
import { activityOf, copiedTexts, copyToken, errorOf, fetchToken, listProfiles, profileView, valueOf } from '../core-test-kit';
import { filesUnder, findTraces } from '../secret-traces';
import { NOW, readStore, updateProfile, useVaultWorld, writeStore } from '../vault-kit';

const SECRET = 'team-secret-from-1password-0042';
const ROTATED = 'team-secret-after-rotation-0043';
const world = useVaultWorld();

describe('a profile whose secret is a 1Password reference', () => {
  let fakes: FakeSecretManagers;
  let lines: string[];
  const logger: Logger = { info: (line) => void lines.push(line), warn: (line) => void lines.push(line), error: (line) => void lines.push(line) };
  beforeEach(async () => {
    fakes = await createFakeSecretManagers();
    lines = [];
  });
  afterEach(async () => {
    await fakes.remove();
  });

  const referenceInput = (baseUrl: string): NewReferenceProfileInput => ({
    kind: 'client_credentials',
    name: 'Team production',
    baseUrl,
    clientId: 'team-client',
    audience: 'https://butlrauth/',
    secretReference: { preset: '1password', executable: fakes.path('op'), reference: 'op://Team/Butlr Prod/credential' },
  });

  async function world1(clients: Record<string, string> = { 'team-client': SECRET }): Promise<{ test: TestCore; dataDir: string; butlr: Awaited<ReturnType<typeof world.server>>; profile: ProfileView }> {
    const butlr = await world.server({ clients });
    const dataDir = await world.folder();
    const test = world.core({ dataDir, logger, environment: { PATH: `${fakes.bin}:/usr/bin:/bin`, HOME: '/home/team' } });
    const profile = valueOf<ProfileView>(await test.invoke(ipcChannels.createReferenceProfile, referenceInput(butlr.url)));
    return { test, dataDir, butlr, profile };
  }

  it('is saved without running anything, and signs in with the value the reference answers', async () => {
    await fakes.set('op', 'value', `${SECRET}\n`);
    const { test, butlr, profile } = await world1();
    expect(await fakes.calls('op')).toBe(0);
    expect(profile).toMatchObject({ secret: 'set', secretReference: { preset: '1password', reference: 'op://Team/Butlr Prod/credential' } });
    valueOf(await fetchToken(test, profile.id));
    expect(butlr.requests.map((request) => (request.body as { client_secret: string }).client_secret)).toEqual([SECRET]);
    expect(await fakes.calls('op')).toBe(1);
  });

  it('leaves the value nowhere: not under the data folder, in the log, over IPC or in the history', async () => {
    await fakes.set('op', 'value', `${SECRET}\n`);
    const { test, dataDir, profile } = await world1();
    const answers = [await fetchToken(test, profile.id), await listProfiles(test), await activityOf(test, profile.id)];
    test.core.flushPendingWrites();
    expect(await findTraces(await filesUnder(dataDir), { SECRET })).toEqual([]);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(JSON.stringify([answers, test.events])).not.toContain(SECRET);
  });

  it('picks up a secret rotated after a 401 with exactly one more read, and one more sign-in', async () => {
    await fakes.set('op', 'rotate', `${ROTATED}\n`, `${SECRET}\n`);
    const { test, butlr, profile } = await world1({ 'team-client': ROTATED });
    valueOf(await fetchToken(test, profile.id));
    expect(await fakes.calls('op')).toBe(2);
    expect(butlr.requests.map((request) => (request.body as { client_secret: string }).client_secret)).toEqual([SECRET, ROTATED]);
  });

  it('does not send the same rejected value twice: one more read, then "needs attention" as for any rejection', async () => {
    await fakes.set('op', 'value', `${SECRET}\n`);
    const { test, butlr, profile } = await world1({ 'team-client': 'something-else' });
    errorOf(await fetchToken(test, profile.id), 'rejected_credentials');
    expect(await fakes.calls('op')).toBe(2);
    expect(butlr.requests).toHaveLength(1);
  });

  it('fails for that profile alone with what to do, while the valid token it holds is still served', async () => {
    await fakes.set('op', 'value', `${SECRET}\n`);
    const { test, butlr, profile } = await world1();
    valueOf(await fetchToken(test, profile.id));
    await fakes.set('op', 'signin');
    const error = errorOf(await fetchToken(test, profile.id), 'secret_manager_signed_out');
    expect(error.message).toBe('“Team production”: 1Password CLI is not signed in: run `op signin`, or unlock the 1Password app and turn on Settings › Developer › Integrate with 1Password CLI. Then try again.');
    valueOf(await copyToken(test, profile.id));
    expect(copiedTexts(test)).toEqual([butlr.issuedTokens[0]]);
  });

  it('asks to confirm the reference again after the base URL changes, and does not run it until then', async () => {
    await fakes.set('op', 'value', `${SECRET}\n`);
    const { test, profile } = await world1();
    const other = await world.server({ clients: { 'team-client': SECRET } });
    valueOf(await updateProfile(test, profile.id, { baseUrl: other.url }));
    expect(await profileView(test, profile.id)).toMatchObject({ secret: 'missing', secretReference: { preset: '1password' } });
    const error = errorOf(await fetchToken(test, profile.id), 'secret_reference_unconfirmed');
    expect(error.message).toMatch(/Edit the profile, read the command it runs and save it to confirm\.$/);
    expect(await fakes.calls('op')).toBe(0);
    valueOf(await updateProfile(test, profile.id, { secretReference: referenceInput(other.url).secretReference }));
    valueOf(await fetchToken(test, profile.id));
    expect(other.requests).toHaveLength(1);
  });

  it('never runs a reference changed in profiles.json outside the app', async () => {
    await fakes.set('op', 'value', `${SECRET}\n`);
    await fakes.set('get-secret', 'value', `${SECRET}\n`);
    const safeStorage = createFakeSafeStorage();
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const dataDir = await world.folder();
    const first = world.core({ dataDir, safeStorage, environment: { PATH: `${fakes.bin}:/usr/bin:/bin` } });
    const profile = valueOf<ProfileView>(await first.invoke(ipcChannels.createReferenceProfile, referenceInput(butlr.url)));
    first.core.dispose();
    const file = await readStore<{ profiles: Record<string, unknown>[] }>(dataDir, 'profiles');
    file.profiles[0]!.secretReference = { preset: 'custom', executable: fakes.path('get-secret'), args: [] };
    await writeStore(dataDir, 'profiles', file);
    const test = world.core({ dataDir, safeStorage, environment: { PATH: `${fakes.bin}:/usr/bin:/bin` } });
    expect(await profileView(test, profile.id)).toMatchObject({ secret: 'server_changed' });
    // In a reference's words: nothing to type, a command to read and confirm again.
    const error = errorOf(await fetchToken(test, profile.id), 'server_changed');
    expect(error.message).toBe('“Team production”: The secret reference or sign-in changed outside the app, so its command is not run. Edit the profile, read the command it runs and save it to confirm.');
    expect(await fakes.calls('get-secret')).toBe(0);
    expect(butlr.requests).toHaveLength(0);

    // Saving a reference in the form confirms it again, for the profile as it now stands.
    valueOf(await updateProfile(test, profile.id, { secretReference: referenceInput(butlr.url).secretReference }));
    expect(await profileView(test, profile.id)).toMatchObject({ secret: 'set' });
    valueOf(await fetchToken(test, profile.id));
    expect(butlr.requests).toHaveLength(1);
  });

  it('says a reference whose base URL changed in profiles.json is to be confirmed again, not a secret to enter', async () => {
    await fakes.set('op', 'value', `${SECRET}\n`);
    const safeStorage = createFakeSafeStorage();
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const elsewhere = await world.server({ clients: { 'team-client': SECRET } });
    const dataDir = await world.folder();
    const first = world.core({ dataDir, safeStorage, environment: { PATH: `${fakes.bin}:/usr/bin:/bin` } });
    const profile = valueOf<ProfileView>(await first.invoke(ipcChannels.createReferenceProfile, referenceInput(butlr.url)));
    first.core.dispose();
    const file = await readStore<{ profiles: Record<string, unknown>[] }>(dataDir, 'profiles');
    file.profiles[0]!.baseUrl = elsewhere.url;
    await writeStore(dataDir, 'profiles', file);
    const test = world.core({ dataDir, safeStorage, environment: { PATH: `${fakes.bin}:/usr/bin:/bin` } });
    expect(await profileView(test, profile.id)).toMatchObject({ secret: 'server_changed' });
    const error = errorOf(await fetchToken(test, profile.id), 'server_changed');
    expect(error.message).toMatch(/^“Team production”: The secret reference or sign-in changed outside the app/);
    expect(await fakes.calls('op')).toBe(0);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('Test reads the reference once and signs in, and saving that reference keeps the token', async () => {
    await fakes.set('op', 'value', `${SECRET}\n`);
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const test = world.core({ dataDir: await world.folder(), environment: { PATH: `${fakes.bin}:/usr/bin:/bin` } });
    const tested = valueOf<{ testedToken: string }>(await test.invoke(ipcChannels.testReferenceProfile, referenceInput(butlr.url)));
    expect(await fakes.calls('op')).toBe(1);
    const profile = valueOf<ProfileView>(await test.invoke(ipcChannels.createReferenceProfile, { ...referenceInput(butlr.url), testedToken: tested.testedToken }));
    expect(profile.token.state).toBe('issued');
    valueOf(await copyToken(test, profile.id));
    expect(copiedTexts(test)).toEqual([butlr.issuedTokens[0]]);
    expect(await fakes.calls('op')).toBe(1);
  });
});

describe('what a window may ask main to run', () => {
  let fakes: FakeSecretManagers;
  beforeEach(async () => {
    fakes = await createFakeSecretManagers();
    await fakes.set('op', 'value', `${SECRET}\n`);
    await fakes.set('get-secret', 'value', `${SECRET}\n`);
  });
  afterEach(async () => {
    await fakes.remove();
  });
  const base = (baseUrl: string) => ({ kind: 'client_credentials', name: 'Team', baseUrl, clientId: 'team-client', audience: 'https://butlrauth/' }) as const;

  it('runs a preset only with the CLI main finds itself, whatever path the window names', async () => {
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const test = world.core({ dataDir: await world.folder(), environment: { PATH: `${fakes.bin}:/usr/bin:/bin` } });
    const posing = { ...base(butlr.url), secretReference: { preset: '1password', executable: fakes.path('get-secret'), reference: 'op://Team/Butlr Prod/credential' } };
    expect(errorOf(await test.invoke(ipcChannels.testReferenceProfile, posing), 'invalid_request').message).toBe(
      'That is not where the 1Password CLI is on this computer. Choose 1Password again so the app finds it.',
    );
    errorOf(await test.invoke(ipcChannels.createReferenceProfile, posing), 'invalid_request');
    expect(await fakes.calls('get-secret')).toBe(0);
    expect(await listProfiles(test)).toEqual([]);
  });

  it('runs a custom command only once the person chose Run in main’s own dialog, which shows the exact command', async () => {
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const test = world.core({ dataDir: await world.folder(), environment: { PATH: '/usr/bin:/bin' } });
    const custom = { ...base(butlr.url), secretReference: { preset: 'custom', executable: fakes.path('get-secret'), args: ['read', 'Butlr; $(id)'] } };
    test.dialogs.answerCommand = false;
    errorOf(await test.invoke(ipcChannels.testReferenceProfile, custom), 'invalid_request');
    errorOf(await test.invoke(ipcChannels.createReferenceProfile, custom), 'invalid_request');
    expect(await fakes.calls('get-secret')).toBe(0);
    // The exact command, where its answer goes and as whom.
    const question = { profileName: 'Team', command: `${fakes.path('get-secret')} read 'Butlr; $(id)'`, sendsTo: butlr.url, signsInAs: 'team-client', preset: null };
    expect(test.dialogs.commandQuestions).toEqual([question, question]);
    test.dialogs.answerCommand = true;
    const profile = valueOf<ProfileView>(await test.invoke(ipcChannels.createReferenceProfile, custom));
    valueOf(await fetchToken(test, profile.id));
    expect(await fakes.lastArgs('get-secret')).toEqual(['read', 'Butlr; $(id)']);
  });

  it('asks about a custom command once on Test, not again on saving exactly it for exactly that profile', async () => {
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const test = world.core({ dataDir: await world.folder(), environment: { PATH: '/usr/bin:/bin' } });
    const custom = { ...base(butlr.url), secretReference: { preset: 'custom', executable: fakes.path('get-secret'), args: ['read', 'Butlr'] } } as const;
    const tested = valueOf<{ allowedCommand: string; testedToken: string }>(await test.invoke(ipcChannels.testReferenceProfile, custom));
    expect(tested.allowedCommand).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(test.dialogs.commandQuestions).toHaveLength(1);
    const profile = valueOf<ProfileView>(await test.invoke(ipcChannels.createReferenceProfile, { ...custom, testedToken: tested.testedToken, allowedCommand: tested.allowedCommand }));
    expect(test.dialogs.commandQuestions).toHaveLength(1);
    expect(profile).toMatchObject({ secret: 'set', token: { state: 'issued' } });

    // Editing it later: the same, through updateProfile.
    const edited = { preset: 'custom', executable: fakes.path('get-secret'), args: ['read', 'Butlr', '--fresh'] } as const;
    const retested = valueOf<{ allowedCommand: string }>(await test.invoke(ipcChannels.testReferenceProfile, { ...custom, secretReference: edited }));
    expect(test.dialogs.commandQuestions).toHaveLength(2);
    valueOf(await test.invoke(ipcChannels.updateProfile, { id: profile.id, changes: { secretReference: edited }, allowedCommand: retested.allowedCommand }));
    expect(test.dialogs.commandQuestions).toHaveLength(2);
    valueOf(await fetchToken(test, profile.id));
    expect(await fakes.lastArgs('get-secret')).toEqual(['read', 'Butlr', '--fresh']);
  });

  it('asks again on Save when anything changed since Test, or the handle is spent, late or made up', async () => {
    let now = NOW;
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const other = await world.server({ clients: { 'team-client': SECRET } });
    const test = world.core({ dataDir: await world.folder(), environment: { PATH: '/usr/bin:/bin' }, now: () => now });
    const custom = { ...base(butlr.url), secretReference: { preset: 'custom', executable: fakes.path('get-secret'), args: ['read', 'Butlr'] } } as const;
    const allowed = async (): Promise<string> => valueOf<{ allowedCommand: string }>(await test.invoke(ipcChannels.testReferenceProfile, custom)).allowedCommand;
    test.dialogs.answerCommand = true;
    const changedSinceTest = [
      { ...custom, name: 'Another argument', secretReference: { ...custom.secretReference, args: ['read', 'Butlr', '--other'] } },
      { ...custom, name: 'Another program', secretReference: { ...custom.secretReference, executable: '/usr/bin/env' } },
      { ...custom, name: 'Another server', baseUrl: other.url },
      { ...custom, name: 'Another audience', audience: 'https://butlrauth/eu/' },
      { ...custom, name: 'Another client', clientId: 'other-client' },
    ];
    for (const input of changedSinceTest) {
      const handle = await allowed();
      const before = test.dialogs.commandQuestions.length;
      valueOf(await test.invoke(ipcChannels.createReferenceProfile, { ...input, allowedCommand: handle }));
      expect(test.dialogs.commandQuestions.length, input.name).toBe(before + 1);
    }
    // Spent: a handle spares one Save only.
    const handle = await allowed();
    valueOf(await test.invoke(ipcChannels.createReferenceProfile, { ...custom, name: 'First', allowedCommand: handle }));
    let before = test.dialogs.commandQuestions.length;
    valueOf(await test.invoke(ipcChannels.createReferenceProfile, { ...custom, name: 'Second', allowedCommand: handle }));
    expect(test.dialogs.commandQuestions).toHaveLength(before + 1);
    // Late: ten minutes after the Test, the person is asked again.
    const late = await allowed();
    now += 10 * 60_000;
    before = test.dialogs.commandQuestions.length;
    valueOf(await test.invoke(ipcChannels.createReferenceProfile, { ...custom, name: 'Late', allowedCommand: late }));
    expect(test.dialogs.commandQuestions).toHaveLength(before + 1);
    // Made up by a window: asked, and a No saves nothing.
    test.dialogs.answerCommand = false;
    before = test.dialogs.commandQuestions.length;
    errorOf(await test.invoke(ipcChannels.createReferenceProfile, { ...custom, name: 'Forged', allowedCommand: 'A'.repeat(43) }), 'invalid_request');
    expect(test.dialogs.commandQuestions).toHaveLength(before + 1);
    expect((await listProfiles(test)).map((profile) => profile.name)).not.toContain('Forged');
  });

  it('runs a preset for Butlr’s own server with no question, since main finds its CLI itself and the answer goes to Butlr', async () => {
    const test = world.core({ dataDir: await world.folder(), environment: { PATH: `${fakes.bin}:/usr/bin:/bin` } });
    const preset = { ...base(DEFAULT_BASE_URL), secretReference: { preset: '1password', executable: fakes.path('op'), reference: 'op://Team/Butlr Prod/credential' } } as const;
    expect(valueOf<ProfileView>(await test.invoke(ipcChannels.createReferenceProfile, preset))).toMatchObject({ secret: 'set' });
    expect(test.dialogs.commandQuestions).toEqual([]);
  });

  it('asks before a preset’s answer goes to any other server, as for a file (a window could otherwise read any item and send it anywhere)', async () => {
    const collector = await world.server({ clients: { 'team-client': SECRET } });
    const test = world.core({ dataDir: await world.folder(), environment: { PATH: `${fakes.bin}:/usr/bin:/bin` } });
    const preset = { ...base(collector.url), secretReference: { preset: 'vault', executable: fakes.path('vault'), path: 'secret/personal', field: 'password' } } as const;
    test.dialogs.answerCommand = false;
    errorOf(await test.invoke(ipcChannels.testReferenceProfile, preset), 'invalid_request');
    errorOf(await test.invoke(ipcChannels.createReferenceProfile, preset), 'invalid_request');
    const question = { profileName: 'Team', command: `${fakes.path('vault')} kv get -field=password secret/personal`, sendsTo: collector.url, signsInAs: 'team-client', preset: 'HashiCorp Vault' };
    expect(test.dialogs.commandQuestions).toEqual([question, question]);
    expect(await fakes.calls('vault')).toBe(0);
    expect(collector.requests).toHaveLength(0);
    expect(await listProfiles(test)).toEqual([]);

    // Moved there by an edit: asked too.
    const atButlr = valueOf<ProfileView>(await test.invoke(ipcChannels.createReferenceProfile, { ...preset, baseUrl: DEFAULT_BASE_URL }));
    errorOf(await test.invoke(ipcChannels.updateProfile, { id: atButlr.id, changes: { baseUrl: collector.url, secretReference: preset.secretReference } }), 'invalid_request');
    expect(test.dialogs.commandQuestions).toHaveLength(3);
    expect(await profileView(test, atButlr.id)).toMatchObject({ baseUrl: DEFAULT_BASE_URL });

    // Allowed on Test, then saved exactly: one question, as for a custom command.
    await fakes.set('vault', 'value', `${SECRET}\n`);
    test.dialogs.answerCommand = true;
    const tested = valueOf<{ allowedCommand: string; testedToken: string }>(await test.invoke(ipcChannels.testReferenceProfile, preset));
    expect(tested.allowedCommand).toMatch(/^[A-Za-z0-9_-]{43}$/);
    valueOf(await test.invoke(ipcChannels.createReferenceProfile, { ...preset, name: 'Team elsewhere', testedToken: tested.testedToken, allowedCommand: tested.allowedCommand }));
    expect(test.dialogs.commandQuestions).toHaveLength(4);
  });
});
