// The tokens folder as the tests see it: each profile's stored token read back, or written as another run or an outside edit left it.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TOKEN_FOLDER, tokenFileName, tokenFileText } from '../../../../electron/core/tokens/token-folder';
import type { StoredToken } from '../../../../electron/core/tokens/tokens-file';

export const tokenFilePath = (dataDir: string, profileId: string): string => join(dataDir, TOKEN_FOLDER, tokenFileName(profileId));

/** Every token on disk, by the profile id its file names inside. Call `core.flushPendingWrites()` first: saves come after the answer. */
export async function readStoredTokens(dataDir: string): Promise<Record<string, StoredToken>> {
  const folder = join(dataDir, TOKEN_FOLDER);
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
  const files = await Promise.all(names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as { profileId: string; token: StoredToken }));
  return Object.fromEntries(files.map((file) => [file.profileId, file.token]));
}

/** One profile's token file as it is on disk, with its permission bits. */
export async function readTokenFile(dataDir: string, profileId: string): Promise<{ text: string; mode: number }> {
  const path = tokenFilePath(dataDir, profileId);
  return { text: await readFile(path, 'utf8'), mode: (await stat(path)).mode & 0o777 };
}

/** Writes a profile's token file (a record as the app writes it, or any text) before a core opens the folder. */
export async function writeStoredToken(dataDir: string, profileId: string, content: StoredToken | string): Promise<string> {
  const path = tokenFilePath(dataDir, profileId);
  await mkdir(join(dataDir, TOKEN_FOLDER), { recursive: true, mode: 0o700 });
  await writeFile(path, typeof content === 'string' ? content : tokenFileText(profileId, content), { mode: 0o600 });
  return path;
}
