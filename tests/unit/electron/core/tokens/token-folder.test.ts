// The tokens folder and the repository over it: one file per profile, each replaced whole, so one token update writes
// that token only; a write torn by a crash costs at most that update, and a damaged file costs only its own token.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTokenFolder, TOKEN_FOLDER, tokenFileName } from '../../../../../electron/core/tokens/token-folder';
import { createTokenRepository, type TokensWrite } from '../../../../../electron/core/tokens/token-repository';
import type { StoredToken } from '../../../../../electron/core/tokens/tokens-file';
import { flushIo } from '../../../../fixtures/manual-clock';
import { createTempDataDir } from '../../../../fixtures/temp-data-dir';
import { readStoredTokens, tokenFilePath, writeStoredToken } from '../stored-tokens';

const NOW = Date.UTC(2025, 4, 6, 9, 30);
const ALPHA = '3b9d6c1e-2f4a-4e8b-9c7d-5a1b2c3d4e5f';
const BRAVO = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
/** A file's inode, size and change time: the same after a write only if the write never touched it. */
const identity = async (path: string): Promise<string> => {
  const stats = await stat(path, { bigint: true });
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}`;
};
const token = (n: number): StoredToken => ({ encryptedAccessToken: `ss1:${'A'.repeat(40)}${n}`, obtainedAt: NOW, expiresAt: NOW + 3_600_000 });

const folders: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const remove of folders.splice(0)) await remove();
});
async function dataFolder(): Promise<string> {
  const dir = await createTempDataDir();
  folders.push(dir.remove);
  return dir.path;
}

/** Opens the folder as a start does, with a repository over it that records every write's outcome. */
function start(dataDir: string) {
  const { folder, notices } = openTokenFolder(dataDir, NOW);
  const repository = createTokenRepository(folder);
  const writes: TokensWrite[] = [];
  repository.onWrite((write) => writes.push(write));
  return { folder, notices, repository, writes };
}

describe('one token', () => {
  it('is written just after the answer to its own file, for the user only, and read back at the next start', async () => {
    const dataDir = await dataFolder();
    const { repository, writes } = start(dataDir);
    repository.put(ALPHA, token(1));
    expect(existsSync(tokenFilePath(dataDir, ALPHA))).toBe(false);
    await flushIo();

    const path = tokenFilePath(dataDir, ALPHA);
    expect(basename(path)).toBe(`${ALPHA}.json`);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ version: 3, profileId: ALPHA, token: token(1) });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(dirname(path))).mode & 0o777).toBe(0o700);
    expect(writes).toEqual([{ ok: true, profileIds: [ALPHA] }]);

    const again = start(dataDir);
    expect(again.notices).toEqual([]);
    expect(again.repository.entries()).toEqual([[ALPHA, token(1)]]);
  });

  it('writes only its own file, a few bytes more than the record, and leaves every other token file alone', async () => {
    const dataDir = await dataFolder();
    const first = start(dataDir);
    first.repository.put(ALPHA, token(1));
    first.repository.put(BRAVO, token(2));
    first.repository.flush();
    const bravoBefore = await identity(tokenFilePath(dataDir, BRAVO));

    const { repository } = start(dataDir);
    repository.put(ALPHA, token(3));
    repository.flush();
    expect(await identity(tokenFilePath(dataDir, BRAVO))).toBe(bravoBefore);
    const recordBytes = Buffer.byteLength(JSON.stringify(token(3)));
    const fileBytes = (await stat(tokenFilePath(dataDir, ALPHA))).size;
    expect(fileBytes).toBeGreaterThan(recordBytes);
    expect(fileBytes).toBeLessThanOrEqual(recordBytes + 100);
  });

  it('is deleted from disk at once when removed, without waiting for the next write', async () => {
    const dataDir = await dataFolder();
    const first = start(dataDir);
    first.repository.put(ALPHA, token(1));
    first.repository.put(BRAVO, token(2));
    first.repository.flush();

    const { repository } = start(dataDir);
    repository.remove(ALPHA);
    expect(await readStoredTokens(dataDir)).toEqual({ [BRAVO]: token(2) });
    expect(start(dataDir).repository.entries()).toEqual([[BRAVO, token(2)]]);
  });

  it('held in memory only never reaches the disk, and takes a token saved before off it', async () => {
    const dataDir = await dataFolder();
    const first = start(dataDir);
    first.repository.put(ALPHA, token(1));
    first.repository.flush();

    const { repository } = start(dataDir);
    repository.put(ALPHA, token(2), false);
    repository.put(BRAVO, token(3), false);
    repository.flush();
    expect(repository.inMemoryOnly(ALPHA)).toBe(true);
    expect(await readStoredTokens(dataDir)).toEqual({});
    expect(repository.get(ALPHA)).toEqual(token(2));
  });
});

describe('a failed write', () => {
  it('is reported for the profile whose file it was, stays pending, and goes with the next write; the others are saved meanwhile', async () => {
    const dataDir = await dataFolder();
    const { repository, writes } = start(dataDir);
    // A folder where ALPHA's file should be: renaming the temp file over it fails.
    await mkdir(tokenFilePath(dataDir, ALPHA));
    repository.put(ALPHA, token(1));
    repository.put(BRAVO, token(2));
    repository.flush();
    expect(writes).toEqual([
      { ok: true, profileIds: [BRAVO] },
      { ok: false, profileIds: [ALPHA], error: expect.any(Error) },
    ]);
    expect(await readStoredTokens(dataDir)).toEqual({ [BRAVO]: token(2) });
    // No temp file is left behind by the failure.
    expect((await readdir(join(dataDir, TOKEN_FOLDER))).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    await rm(tokenFilePath(dataDir, ALPHA), { recursive: true });
    repository.flush();
    expect(writes.at(-1)).toEqual({ ok: true, profileIds: [ALPHA] });
    expect(await readStoredTokens(dataDir)).toEqual({ [ALPHA]: token(1), [BRAVO]: token(2) });
  });

  it('does not happen when the folder was deleted while the app ran: it is made again', async () => {
    const dataDir = await dataFolder();
    const { repository, writes } = start(dataDir);
    await rm(join(dataDir, TOKEN_FOLDER), { recursive: true });
    repository.put(ALPHA, token(1));
    repository.flush();
    expect(writes).toEqual([{ ok: true, profileIds: [ALPHA] }]);
    expect(await readStoredTokens(dataDir)).toEqual({ [ALPHA]: token(1) });
  });
});

describe('a crash', () => {
  it('during a write leaves the previous file whole: the half-written temp file is deleted without a notice', async () => {
    const dataDir = await dataFolder();
    const first = start(dataDir);
    first.repository.put(ALPHA, token(1));
    first.repository.put(BRAVO, token(2));
    first.repository.flush();
    // What writeFileAtomically leaves when the process dies before its rename: a temp file beside the token's, cut short.
    const torn = `${tokenFilePath(dataDir, ALPHA)}.a1b2c3d4e5f6.tmp`;
    await writeFile(torn, '{"version":3,"profileId":"3b9d', { mode: 0o600 });

    const { notices, repository } = start(dataDir);
    expect(notices).toEqual([]);
    expect(existsSync(torn)).toBe(false);
    expect(new Map(repository.entries())).toEqual(new Map([[ALPHA, token(1)], [BRAVO, token(2)]]));
  });

  it('that left one token file cut short costs that token only: it is moved aside with a notice, every other token loads', async () => {
    const dataDir = await dataFolder();
    const first = start(dataDir);
    first.repository.put(ALPHA, token(1));
    first.repository.put(BRAVO, token(2));
    first.repository.flush();
    const path = tokenFilePath(dataDir, ALPHA);
    const cut = (await readFile(path)).subarray(0, 30);
    await writeFile(path, cut);

    const { notices, repository } = start(dataDir);
    const movedTo = join(dataDir, 'tokens.invalid-records-2025-05-06T09-30-00Z');
    expect(notices).toEqual([{ file: 'tokens/', movedTo, reason: 'invalid_records', kept: 1, dropped: 1 }]);
    expect((await readFile(join(movedTo, basename(path)))).equals(cut)).toBe(true);
    expect(repository.entries()).toEqual([[BRAVO, token(2)]]);
    expect(start(dataDir).notices).toEqual([]);
  });
});

describe('file names', () => {
  it('hash an id the app did not make, so that no id reaches outside the folder', async () => {
    const dataDir = await dataFolder();
    const { repository } = start(dataDir);
    const ids = ['../../profiles', 'C:\\evil', ALPHA.toUpperCase(), ''];
    for (const [index, id] of ids.entries()) repository.put(id, token(index));
    repository.flush();
    const names = await readdir(join(dataDir, TOKEN_FOLDER));
    expect(names.sort()).toEqual(ids.map(tokenFileName).sort());
    for (const name of names) expect(name).toMatch(/^id-[0-9a-f]{64}\.json$/);
    expect(await readdir(dataDir)).toEqual([TOKEN_FOLDER]);
    expect(new Map(start(dataDir).repository.entries())).toEqual(new Map(ids.map((id, index) => [id, token(index)])));
  });

  it('refuse a file copied under another profile’s name', async () => {
    const dataDir = await dataFolder();
    await writeStoredToken(dataDir, ALPHA, token(1));
    const copied = await readFile(tokenFilePath(dataDir, ALPHA));
    await writeStoredToken(dataDir, BRAVO, copied.toString('utf8'));

    const { notices, repository } = start(dataDir);
    expect(notices).toMatchObject([{ file: 'tokens/', reason: 'invalid_records', kept: 1, dropped: 1 }]);
    expect(repository.entries()).toEqual([[ALPHA, token(1)]]);
  });
});

describe('something else under the folder’s name', () => {
  it('is moved aside byte for byte with a notice, and the folder is made', async () => {
    const dataDir = await dataFolder();
    await writeFile(join(dataDir, TOKEN_FOLDER), 'not a folder');
    const { notices, repository } = start(dataDir);
    const movedTo = join(dataDir, 'tokens.unreadable-2025-05-06T09-30-00Z');
    expect(notices).toEqual([{ file: 'tokens/', movedTo, reason: 'unreadable', kept: 0, dropped: 0 }]);
    expect(await readFile(movedTo, 'utf8')).toBe('not a folder');
    repository.put(ALPHA, token(1));
    repository.flush();
    expect(await readStoredTokens(dataDir)).toEqual({ [ALPHA]: token(1) });
  });
});
