// Sharing references with a team: an export carries them and no secret; an import shows each command, never runs a custom
// command before a person confirms it, looks for vendor CLIs on this computer, and reads `op://` in a .env file as a reference.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { NewReferenceProfileInput } from '../../../../../shared/profile';
import { importedReference } from '../../../../../electron/core/secret-sources/imported-references';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { createFakeSecretManagers, type FakeSecretManagers } from '../../../../fixtures/fake-secret-managers';
import { errorOf, fetchToken, valueOf } from '../core-test-kit';
import { exportProfiles, finishImport, profileNamed, startImport, updateProfile, useVaultWorld } from '../vault-kit';

const SECRET = 'team-secret-shared-by-reference-5150';
const world = useVaultWorld();

describe('team files with secret references', () => {
  let fakes: FakeSecretManagers;
  beforeEach(async () => {
    fakes = await createFakeSecretManagers();
    await fakes.set('op', 'value', `${SECRET}\n`);
    await fakes.set('get-secret', 'value', `${SECRET}\n`);
  });
  afterEach(async () => {
    await fakes.remove();
  });
  const environment = () => ({ PATH: `${fakes.bin}:/usr/bin:/bin` });

  const input = (baseUrl: string, name: string, secretReference: NewReferenceProfileInput['secretReference']): NewReferenceProfileInput => ({
    kind: 'client_credentials',
    name,
    baseUrl,
    clientId: 'team-client',
    audience: 'https://butlrauth/',
    secretReference,
  });

  it('exports references and no secret, without running anything, even with a passphrase', async () => {
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const folder = await world.folder();
    const test = world.core({ dataDir: await world.folder(), environment: environment() });
    valueOf(await test.invoke(ipcChannels.createReferenceProfile, input(butlr.url, 'Team', { preset: '1password', executable: fakes.path('op'), reference: 'op://Team/Butlr Prod/credential' })));
    valueOf(await fetchToken(test, (await profileNamed(test, 'Team')).id));
    const calls = await fakes.calls('op');
    for (const passphrase of [undefined, 'correct horse battery staple']) {
      const path = join(folder, `team-${passphrase === undefined ? 'plain' : 'sealed'}.json`);
      await exportProfiles(test, path, passphrase);
      const text = await readFile(path, 'utf8');
      expect(text).not.toContain(SECRET);
      expect(JSON.parse(text).profiles[0].secretReference).toEqual({ preset: '1password', executable: fakes.path('op'), reference: 'op://Team/Butlr Prod/credential' });
    }
    expect(await fakes.calls('op')).toBe(calls);
  });

  it('shows the exact command, and imports a custom command off until a person confirms it', async () => {
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const folder = await world.folder();
    const source = world.core({ dataDir: await world.folder(), environment: environment() });
    const custom = { preset: 'custom' as const, executable: fakes.path('get-secret'), args: ['--item', 'Butlr $(prod)'] };
    valueOf(await source.invoke(ipcChannels.createReferenceProfile, input(butlr.url, 'Custom', custom)));
    const path = join(folder, 'team.json');
    await exportProfiles(source, path);

    const test = world.core({ dataDir: await world.folder(), environment: environment() });
    const preview = await startImport(test, path);
    expect(preview.profiles[0]?.reference).toEqual({ command: `${fakes.path('get-secret')} --item 'Butlr $(prod)'`, confirmed: false, notInstalled: null });
    // Counted as a reference to confirm, not as a secret to enter.
    expect(valueOf(await finishImport(test, preview.importId))).toEqual({ added: 1, replaced: 0, skipped: 0, withoutSecret: 0, toConfirm: 1 });
    const imported = await profileNamed(test, 'Custom');
    expect(imported).toMatchObject({ secret: 'missing', secretReference: custom });
    errorOf(await fetchToken(test, imported.id), 'secret_reference_unconfirmed');
    expect(await fakes.calls('get-secret')).toBe(0);

    valueOf(await updateProfile(test, imported.id, { secretReference: custom }));
    valueOf(await fetchToken(test, imported.id));
    expect(await fakes.calls('get-secret')).toBe(1);
    expect(await fakes.lastArgs('get-secret')).toEqual(['--item', 'Butlr $(prod)']);
  });

  it('points an imported preset at this computer’s CLI, not the path in the file', async () => {
    const folder = await world.folder();
    const path = join(folder, 'team.json');
    const profile = { kind: 'client_credentials', name: 'Team', baseUrl: 'https://eu.api.butlr.io', clientId: 'team-client', audience: 'https://butlrauth/' };
    const secretReference = { preset: '1password', executable: '/Users/someone-else/bin/op', reference: 'op://Team/Butlr Prod/credential' };
    await writeFile(path, JSON.stringify({ format: 'butlr-credentials-export', version: 3, exportedAt: '2025-05-06T09:30:00.000Z', profiles: [{ ...profile, secretReference }] }));
    const test = world.core({ dataDir: await world.folder(), environment: environment() });
    const preview = await startImport(test, path);
    expect(preview.profiles[0]?.reference).toEqual({ command: `${fakes.path('op')} read 'op://Team/Butlr Prod/credential'`, confirmed: false, notInstalled: null });
    valueOf(await finishImport(test, preview.importId));
    expect((await profileNamed(test, 'Team')).secretReference).toEqual({ ...secretReference, executable: fakes.path('op') });
  });

  it('does not keep the file’s path for a preset whose CLI is not installed here yet; installed, it is confirmed with the CLI found here', async () => {
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const folder = await world.folder();
    const path = join(folder, 'team.json');
    const profile = { kind: 'client_credentials', name: 'Team', baseUrl: butlr.url, clientId: 'team-client', audience: 'https://butlrauth/' };
    const secretReference = { preset: '1password', executable: '/Users/someone-else/bin/op', reference: 'op://Team/Butlr Prod/credential' };
    await writeFile(path, JSON.stringify({ format: 'butlr-credentials-export', version: 3, exportedAt: '2025-05-06T09:30:00.000Z', profiles: [{ ...profile, secretReference }] }));
    const dataDir = await world.folder();
    const safeStorage = createFakeSafeStorage();
    const before = world.core({ dataDir, safeStorage, environment: { PATH: '/nonexistent-bin' } });
    const preview = await startImport(before, path);
    // The preview says the CLI is missing here, rather than only showing where it would be.
    expect(preview.profiles[0]?.reference).toEqual({ command: "/usr/local/bin/op read 'op://Team/Butlr Prod/credential'", confirmed: false, notInstalled: '1Password CLI (op)' });
    valueOf(await finishImport(before, preview.importId));
    const imported = await profileNamed(before, 'Team');
    expect(imported).toMatchObject({ secret: 'missing', secretReference: { ...secretReference, executable: '/usr/local/bin/op' } });
    before.core.dispose();

    // Installed since: the form looks it up as it opens and saves this computer's path, which confirms it.
    const after = world.core({ dataDir, safeStorage, environment: environment() });
    valueOf(await updateProfile(after, imported.id, { secretReference: { ...secretReference, executable: fakes.path('op') } }));
    valueOf(await fetchToken(after, imported.id));
    expect(await fakes.calls('op')).toBe(1);
  });

  it('runs a confirmed preset with its CLI where it is now, after it moved', async () => {
    const butlr = await world.server({ clients: { 'team-client': SECRET } });
    const dataDir = await world.folder();
    const safeStorage = createFakeSafeStorage();
    const first = world.core({ dataDir, safeStorage, environment: environment() });
    const created = valueOf<{ id: string }>(await first.invoke(ipcChannels.createReferenceProfile, input(butlr.url, 'Team', { preset: '1password', executable: fakes.path('op'), reference: 'op://Team/Butlr Prod/credential' })));
    first.core.dispose();
    // Reinstalled elsewhere (another package manager): the old path is gone.
    const moved = await createFakeSecretManagers();
    try {
      await moved.set('op', 'value', `${SECRET}\n`);
      await fakes.remove();
      const test = world.core({ dataDir, safeStorage, environment: { PATH: `${moved.bin}:/usr/bin:/bin` } });
      valueOf(await fetchToken(test, created.id));
      expect(await moved.calls('op')).toBe(1);
      expect(butlr.requests).toHaveLength(1);
    } finally {
      await moved.remove();
    }
  });

  it('reads BUTLR_CLIENT_SECRET=op://… in a .env file as a 1Password reference, not as a secret', async () => {
    const butlr = await world.server({ clients: { 'env-client': SECRET } });
    const folder = await world.folder();
    const path = join(folder, 'team.env');
    await writeFile(path, `BUTLR_CLIENT_ID=env-client\nBUTLR_CLIENT_SECRET=op://Team/Butlr Prod/credential\nBUTLR_BASE_URL=${butlr.url}\n`);
    const test = world.core({ dataDir: await world.folder(), environment: environment() });
    const preview = await startImport(test, path);
    expect(preview).toMatchObject({ secrets: 'none', profiles: [{ hasSecret: false, reference: { command: `${fakes.path('op')} read 'op://Team/Butlr Prod/credential'`, confirmed: false } }] });
    valueOf(await finishImport(test, preview.importId));
    const imported = await profileNamed(test, 'team');
    expect(imported).toMatchObject({ secret: 'missing', secretReference: { preset: '1password', executable: fakes.path('op'), reference: 'op://Team/Butlr Prod/credential' } });
    // Confirmed in the form, it reads the secret from 1Password.
    valueOf(await updateProfile(test, imported.id, { secretReference: imported.secretReference }));
    valueOf(await fetchToken(test, imported.id));
    expect(butlr.requests.map((request) => (request.body as { client_secret: string }).client_secret)).toEqual([SECRET]);
  });
});

describe('importedReference', () => {
  const reference = { preset: '1password', executable: '/elsewhere/op', reference: 'op://a/b/c' } as const;
  const found = (path: string | null) => ({ find: () => path, usualPath: (name: string) => `/usr/local/bin/${name}` });
  it('runs without confirmation only a preset found here, for Butlr’s own server', () => {
    expect(importedReference(reference, 'https://api.butlr.io', found('/opt/homebrew/bin/op'))).toEqual({ reference: { ...reference, executable: '/opt/homebrew/bin/op' }, confirmed: true });
    expect(importedReference(reference, 'https://collector.example', found('/opt/homebrew/bin/op')).confirmed).toBe(false);
    expect(importedReference(reference, 'https://api.butlr.io', found(null)).confirmed).toBe(false);
    const custom = { preset: 'custom' as const, executable: '/usr/bin/true', args: [] };
    expect(importedReference(custom, 'https://api.butlr.io', found('/usr/bin/true'))).toEqual({ reference: custom, confirmed: false });
  });

  it('never keeps the file’s path for a preset, even when its CLI is not installed here; a custom command keeps its own', () => {
    expect(importedReference(reference, 'https://api.butlr.io', found(null)).reference).toEqual({ ...reference, executable: '/usr/local/bin/op' });
    const bws = { preset: 'bitwarden', executable: 'C:\\Users\\someone\\bws.exe', secretId: '2d0ca4a2-5f5e-4a0b-9d4c-0123456789ab' } as const;
    expect(importedReference(bws, 'https://api.butlr.io', found(null)).reference.executable).toBe('/usr/local/bin/bws');
    const custom = { preset: 'custom' as const, executable: '/Users/someone/bin/get-secret', args: ['--item', 'Butlr'] };
    expect(importedReference(custom, 'https://api.butlr.io', found(null)).reference).toEqual(custom);
  });
});

