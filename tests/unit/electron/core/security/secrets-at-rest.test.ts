// After a whole journey through the real core, no file it wrote holds a secret, a password or a token in any readable encoding.
import { randomBytes } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { ImportPreview } from '../../../../../shared/transfer';
import { copyToken, createProfile, fetchToken, profileInput, valueOf } from '../core-test-kit';
import { captureTokens, encodings, filesUnder, findTraces } from '../secret-traces';
import { exportProfiles, finishImport, passwordInput, profileNamed, startImport, unlockImport, updateProfile, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

const SECRET_A = `sk-journey-A-${randomBytes(12).toString('hex')}`;
const SECRET_B = `sk-journey-B-${randomBytes(12).toString('hex')}`;
const PASSWORD_A = `pw journey A ${randomBytes(9).toString('base64')}`;
const PASSWORD_B = `pässwört B ${randomBytes(9).toString('base64')}`;
const PASSPHRASE = 'correct horse battery staple';

describe('the trace scan', () => {
  it('finds a value hidden in clear, hex, base64 or base64url at every byte alignment (so a clean result means something)', async () => {
    const folder = await world.folder();
    const spellings = [SECRET_A, Buffer.from(SECRET_A).toString('hex'), Buffer.from(SECRET_A).toString('hex').toUpperCase()];
    for (let shift = 0; shift < 3; shift += 1) {
      for (const alphabet of ['base64', 'base64url'] as const) spellings.push(Buffer.concat([randomBytes(shift), Buffer.from(SECRET_A), randomBytes(5)]).toString(alphabet));
    }
    const files = await Promise.all(
      spellings.map(async (spelled, index) => {
        const path = join(folder, `planted-${index}.json`);
        await writeFile(path, JSON.stringify({ padding: 'x'.repeat(index), value: spelled }));
        return path;
      }),
    );
    for (const file of files) expect(await findTraces([file], { secret: SECRET_A }), basename(file)).not.toEqual([]);
    expect(await findTraces(files, { other: SECRET_B })).toEqual([]);
    expect(encodings(SECRET_A).length).toBe(9);
  });
});

describe('after a full journey', () => {
  it('no file under the data folder, nor either export, holds a secret, password, passphrase or token', async () => {
    const butlr = await world.server({
      clients: { 'journey-client': SECRET_A, 'journey-client-2': SECRET_B },
      users: { 'ops@example.com': PASSWORD_A, 'ops2@example.com': PASSWORD_B },
    });
    const dataDir = await world.folder();
    const exportsDir = await world.folder();
    const capture = captureTokens();
    const test = world.core({ dataDir, fetch: capture.fetch });

    // Create both kinds, fetch and copy both.
    const client = await createProfile(test, profileInput(butlr.url, { name: 'Production', clientId: 'journey-client', clientSecret: SECRET_A }));
    const person = await createProfile(test, passwordInput(butlr.url, { name: 'Ops', username: 'ops@example.com', password: PASSWORD_A }));
    for (const { id } of [client, person]) {
      valueOf(await fetchToken(test, id));
      valueOf(await copyToken(test, id));
    }

    // Edit: organising fields, then a new identity with a new secret for each, and fetch again.
    valueOf(await updateProfile(test, client.id, { name: 'Production EU', notes: 'Moved to the EU tenant', tags: ['eu', 'prod'], color: 'teal' }));
    valueOf(await updateProfile(test, client.id, { clientId: 'journey-client-2', secret: SECRET_B }));
    valueOf(await updateProfile(test, person.id, { username: 'ops2@example.com', secret: PASSWORD_B }));
    for (const { id } of [client, person]) {
      valueOf(await fetchToken(test, id));
      valueOf(await copyToken(test, id));
    }

    // Export without and with a passphrase, then import the sealed one back next to the originals and use it.
    const plainExport = join(exportsDir, 'plain.json');
    const sealedExport = join(exportsDir, 'sealed.json');
    expect(await exportProfiles(test, plainExport)).toEqual({ savedTo: plainExport, count: 2 });
    expect(await exportProfiles(test, sealedExport, PASSPHRASE)).toEqual({ savedTo: sealedExport, count: 2 });
    const preview = await startImport(test, sealedExport);
    valueOf<ImportPreview>(await unlockImport(test, preview.importId, PASSPHRASE));
    valueOf(await finishImport(test, preview.importId, { 0: 'rename', 1: 'rename' }));
    for (const name of ['Production EU (2)', 'Ops (2)']) {
      const { id, secret } = await profileNamed(test, name);
      expect(secret).toBe('set');
      valueOf(await fetchToken(test, id));
      valueOf(await copyToken(test, id));
    }
    valueOf(await test.invoke(ipcChannels.getTokenDetails, { id: client.id }));

    // The capture saw every token the journey handled: 6 sign-ins, 3 of them with refresh and id tokens.
    const accessTokens = Object.entries(capture.values).filter(([label]) => /^access_token #\d+$/.test(label));
    expect(accessTokens).toHaveLength(6);
    expect(Object.keys(capture.values).filter((label) => /^(refresh|id)_token #\d+$/.test(label))).toHaveLength(6);
    expect(new Set(test.clipboard)).toEqual(new Set(accessTokens.map(([, token]) => token)));

    // Nothing may still be on its way to disk when the folder is read.
    test.core.flushPendingWrites();
    const dataFiles = await filesUnder(dataDir);
    expect(dataFiles.map((file) => basename(file))).toEqual(expect.arrayContaining(['activity.json', 'profiles.json', 'settings.json']));
    // One token file for each profile that holds a token: the two made here and the two imported.
    expect(dataFiles.filter((file) => dirname(file) === join(dataDir, 'tokens'))).toHaveLength(4);
    for (const file of dataFiles) expect(((await stat(file)).mode & 0o777).toString(8), basename(file)).toBe('600');
    expect(((await stat(join(dataDir, 'tokens'))).mode & 0o777).toString(8), 'tokens/').toBe('700');
    const looked = { SECRET_A, SECRET_B, PASSWORD_A, PASSWORD_B, PASSPHRASE, ...capture.values };
    expect(await findTraces([...dataFiles, plainExport, sealedExport], looked)).toEqual([]);
  });
});
