// The URL rule and the name rules, through every door a profile comes in by: create, edit, duplicate and restore.
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import { PROFILE_NAME_MAX_LENGTH, type ProfileView } from '../../../../../shared/profile';
import { createManualClock } from '../../../../fixtures/manual-clock';
import { createProfile, errorOf, listProfiles, profileInput, profileView, valueOf } from '../core-test-kit';
import { NOW, passwordInput, updateProfile, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

const HTTPS_ONLY = 'Use an https:// address; plain http is only allowed for this computer (localhost).';

async function emptyCore() {
  return world.core({ dataDir: await world.folder() });
}

describe('the base URL rule', () => {
  it.each([
    ['https://api.butlr.io', 'https://api.butlr.io'],
    ['  https://api.butlr.io/  ', 'https://api.butlr.io'],
    ['HTTPS://API.Butlr.IO//', 'https://api.butlr.io'],
    ['https://gateway.example.com/butlr/', 'https://gateway.example.com/butlr'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.1:4010/', 'http://127.0.0.1:4010'],
    ['http://127.1.2.3', 'http://127.1.2.3'],
    ['http://[::1]:4010', 'http://[::1]:4010'],
  ])('accepts %j, saved as %j', async (typed, saved) => {
    const test = await emptyCore();
    expect((await createProfile(test, profileInput(typed))).baseUrl).toBe(saved);
  });

  it.each([
    'http://api.butlr.io',
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io',
    'http://10.0.0.1',
    'http://192.168.1.20:8080',
    'ftp://api.butlr.io',
    'ws://localhost:4010',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ])('refuses %j, saying https is required and http only for this computer', async (typed) => {
    const test = await emptyCore();
    const error = errorOf(await test.invoke(ipcChannels.createProfile, profileInput(typed)), 'invalid_request');
    expect(error).toMatchObject({ field: 'baseUrl', message: HTTPS_ONLY });
    expect(await listProfiles(test)).toEqual([]);
  });

  it.each([
    ['not a url', 'That is not a URL. Use the form https://api.butlr.io.'],
    ['', 'Enter the API base URL, for example https://api.butlr.io.'],
    ['https://admin:hunter2@api.butlr.io', 'Leave credentials, query and fragment out of the base URL.'],
    ['https://api.butlr.io/?tenant=1', 'Leave credentials, query and fragment out of the base URL.'],
    ['https://api.butlr.io/#eu', 'Leave credentials, query and fragment out of the base URL.'],
    // Shell characters the URL standard leaves unencoded (each would run a command from a pasted curl line), and a
    // backslash the URL parser would quietly turn into '/'.
    ["https://api.butlr.io/x'$(id)'", "The base URL's path may contain only letters, digits, '-', '.', '_', '~' and '/'."],
    ['https://api.butlr.io/a;id|sh', "The base URL's path may contain only letters, digits, '-', '.', '_', '~' and '/'."],
    ['https://a`id`.example', "The base URL's host may contain only letters, digits, '-' and '.'."],
    ['https://api.butlr.io/a\\b', 'The base URL may not contain spaces, tabs, line breaks or backslashes.'],
  ])('refuses %j with its own message', async (typed, message) => {
    const test = await emptyCore();
    expect(errorOf(await test.invoke(ipcChannels.createProfile, profileInput(typed)), 'invalid_request')).toMatchObject({ field: 'baseUrl', message });
  });

  it('applies to password profiles too', async () => {
    const test = await emptyCore();
    expect(errorOf(await test.invoke(ipcChannels.createProfile, passwordInput('http://api.butlr.io')), 'invalid_request').message).toBe(HTTPS_ONLY);
  });

  it('applies to an edit, which then changes nothing: the secret stays set and bound to the old server', async () => {
    const test = await emptyCore();
    const created = await createProfile(test, profileInput('https://api.butlr.io'));
    const error = errorOf(await updateProfile(test, created.id, { baseUrl: 'http://api.butlr.io' }), 'invalid_request');
    expect(error.message).toBe(HTTPS_ONLY);
    expect(error.field).toMatch(/baseUrl$/);
    expect(await profileView(test, created.id)).toEqual(created);
  });

  it('refuses an edit to a base URL whose path holds shell characters', async () => {
    const test = await emptyCore();
    const created = await createProfile(test, profileInput('https://api.butlr.io'));
    const error = errorOf(await updateProfile(test, created.id, { baseUrl: "https://api.butlr.io/x'$(id)'" }), 'invalid_request');
    expect(error.message).toMatch(/^The base URL's path may contain only/);
    expect(await profileView(test, created.id)).toEqual(created);
  });
});

describe('name rules', () => {
  const longest = 'N'.repeat(PROFILE_NAME_MAX_LENGTH);

  it('trims surrounding spaces on create and on rename', async () => {
    const test = await emptyCore();
    const created = await createProfile(test, profileInput('https://api.butlr.io', { name: '  Staging  ' }));
    expect(created.name).toBe('Staging');
    expect(valueOf<ProfileView>(await updateProfile(test, created.id, { name: '\tStaging EU ' })).name).toBe('Staging EU');
  });

  it(`accepts ${PROFILE_NAME_MAX_LENGTH} characters, counted after trimming, and refuses ${PROFILE_NAME_MAX_LENGTH + 1} with a message`, async () => {
    const test = await emptyCore();
    expect((await createProfile(test, profileInput('https://api.butlr.io', { name: `  ${longest}  ` }))).name).toBe(longest);
    const error = errorOf(await test.invoke(ipcChannels.createProfile, profileInput('https://api.butlr.io', { name: `${longest}X` })), 'invalid_request');
    expect(error).toMatchObject({ field: 'name', message: `Keep the name under ${PROFILE_NAME_MAX_LENGTH + 1} characters.` });
  });

  it('refuses an empty or blank name with a message', async () => {
    const test = await emptyCore();
    for (const name of ['', '   ']) {
      expect(errorOf(await test.invoke(ipcChannels.createProfile, profileInput('https://api.butlr.io', { name })), 'invalid_request')).toMatchObject({
        field: 'name',
        message: 'Give the profile a name.',
      });
    }
  });

  it('refuses a name another profile has, ignoring case and surrounding spaces, across kinds', async () => {
    const test = await emptyCore();
    await createProfile(test, profileInput('https://api.butlr.io', { name: 'Production' }));
    const error = errorOf(await test.invoke(ipcChannels.createProfile, passwordInput('https://api.butlr.io', { name: ' PRODUCTION ' })), 'name_taken');
    expect(error.field).toBe('name');
    expect(error.message).toBe('A profile named “PRODUCTION” already exists. Choose another name.');
  });

  it('refuses renaming onto another profile’s name, and allows a profile to change the case of its own', async () => {
    const test = await emptyCore();
    const production = await createProfile(test, profileInput('https://api.butlr.io', { name: 'Production' }));
    const staging = await createProfile(test, profileInput('https://api.butlr.io', { name: 'Staging' }));
    expect(errorOf(await updateProfile(test, staging.id, { name: ' production' }), 'name_taken').field).toBe('name');
    expect(await profileView(test, staging.id)).toEqual(staging);
    expect(valueOf<ProfileView>(await updateProfile(test, production.id, { name: 'PRODUCTION' })).name).toBe('PRODUCTION');
  });

  it(`refuses renaming to ${PROFILE_NAME_MAX_LENGTH + 1} characters`, async () => {
    const test = await emptyCore();
    const created = await createProfile(test, profileInput('https://api.butlr.io'));
    expect(errorOf(await updateProfile(test, created.id, { name: `${longest}X` }), 'invalid_request').message).toBe(
      `Keep the name under ${PROFILE_NAME_MAX_LENGTH + 1} characters.`,
    );
  });

  it('gives a duplicate the first free numbered name, ignoring case, within the length limit', async () => {
    const test = await emptyCore();
    const production = await createProfile(test, profileInput('https://api.butlr.io', { name: 'Production' }));
    await createProfile(test, profileInput('https://api.butlr.io', { name: 'production (2)' }));
    const long = await createProfile(test, profileInput('https://api.butlr.io', { name: longest }));
    const duplicate = (id: string) => test.invoke(ipcChannels.duplicateProfile, { id }).then((answer) => valueOf<ProfileView>(answer).name);
    expect(await duplicate(production.id)).toBe('Production (3)');
    expect(await duplicate(production.id)).toBe('Production (4)');
    const longCopy = await duplicate(long.id);
    expect(longCopy).toBe(`${'N'.repeat(PROFILE_NAME_MAX_LENGTH - 4)} (2)`);
    expect(longCopy.length).toBe(PROFILE_NAME_MAX_LENGTH);
  });

  it('refuses to restore a deleted profile whose name was taken meanwhile, and restores it once the name is free again', async () => {
    const clock = createManualClock({ start: NOW });
    const test = world.core({ dataDir: await world.folder(), now: clock.now, timers: clock });
    const deleted = await createProfile(test, profileInput('https://api.butlr.io', { name: 'Production' }));
    valueOf(await test.invoke(ipcChannels.deleteProfile, { id: deleted.id }));
    const newcomer = await createProfile(test, profileInput('https://api.butlr.io', { name: ' production ' }));

    const error = errorOf(await test.invoke(ipcChannels.restoreProfile, { id: deleted.id }), 'name_taken');
    expect(error.message).toBe('A profile named “Production” already exists. Choose another name.');
    expect((await listProfiles(test)).map((profile) => profile.id)).toEqual([newcomer.id]);

    valueOf(await updateProfile(test, newcomer.id, { name: 'Production (new)' }));
    expect(valueOf<ProfileView>(await test.invoke(ipcChannels.restoreProfile, { id: deleted.id })).name).toBe('Production');
  });
});
