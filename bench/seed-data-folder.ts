// A data folder with N profiles and N tokens, cloned from one profile and one token made by the real core, so they match today's schemas.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { profilesFileDefaults, type ProfilesFile, type StoredProfile } from '../electron/core/profiles/profile-repository';
import { STORE_FILE_MODE } from '../electron/core/storage/key-value-store';
import { openTokenFolder, TOKEN_FOLDER, tokenFileName, tokenFileText, type TokenFolder } from '../electron/core/tokens/token-folder';
import type { StoredToken } from '../electron/core/tokens/token-repository';
import type { FakeSafeStorage } from '../tests/fixtures/fake-safe-storage';
import { createTempDataDir, type TempDataDir } from '../tests/fixtures/temp-data-dir';
import { openEngineFixture } from './engine/engine-fixture';

export interface SeededDataFolder {
  readonly dataDir: TempDataDir;
  readonly profileIds: readonly string[];
  /** A stored profile and a stored token as the core wrote them, cloned for the rest. */
  readonly templates: { readonly profile: StoredProfile; readonly token: StoredToken };
  /** The keyring that sealed the secret and the token: a core given this one reads them back. */
  readonly safeStorage: FakeSafeStorage;
}

export const openProfilesStore = (dir: string): Conf<ProfilesFile> =>
  new Conf<ProfilesFile>({ cwd: dir, configName: 'profiles', defaults: profilesFileDefaults, configFileMode: STORE_FILE_MODE });
/** The tokens folder as the app opens it: every token file read and checked. */
export const openTokens = (dir: string): TokenFolder => openTokenFolder(dir, Date.now()).folder;

/** One file per token, as the app writes them but without its temp file and fsync each: seeding is not what is measured. */
function writeTokenFiles(dir: string, tokens: readonly (readonly [string, StoredToken])[]): void {
  const folder = join(dir, TOKEN_FOLDER);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  for (const [profileId, token] of tokens) writeFileSync(join(folder, tokenFileName(profileId)), tokenFileText(profileId, token), { mode: STORE_FILE_MODE });
}

async function recordTemplates(): Promise<Pick<SeededDataFolder, 'templates' | 'safeStorage'>> {
  const fixture = await openEngineFixture();
  try {
    const fetched = await fixture.testCore.core.tokens.fetch(fixture.profileId);
    if (!fetched.ok) throw new Error(`Could not fetch the template token: ${fetched.error.code}`);
    fixture.testCore.core.flushPendingWrites();
    const profile = openProfilesStore(fixture.dataDir.path).get('profiles')[0];
    const token = openTokens(fixture.dataDir.path).loaded.get(fixture.profileId);
    if (!profile || !token) throw new Error('The core did not write the template profile and token.');
    return { templates: { profile, token }, safeStorage: fixture.testCore.safeStorage };
  } finally {
    await fixture.close();
  }
}

/**
 * One write per file: creating the profiles one by one would rewrite profiles.json (and fsync it) once per profile.
 * `lifetimeOf(index)` sets each token's times; by default every token keeps the template's.
 */
export async function seedDataFolder(count: number, lifetimeOf?: (index: number) => Pick<StoredToken, 'obtainedAt' | 'expiresAt'>): Promise<SeededDataFolder> {
  const { templates, safeStorage } = await recordTemplates();
  const dataDir = await createTempDataDir('butlr-bench-data-');
  const profiles: StoredProfile[] = Array.from({ length: count }, (_, index) => ({
    ...templates.profile,
    id: randomUUID(),
    name: `Site ${index + 1}`,
    createdAt: templates.profile.createdAt + index,
  }));
  openProfilesStore(dataDir.path).set('profiles', profiles);
  const tokens = profiles.map((profile, index) => [profile.id, { ...templates.token, ...lifetimeOf?.(index) }] as const);
  writeTokenFiles(dataDir.path, tokens);
  return { dataDir, profileIds: profiles.map((profile) => profile.id), templates, safeStorage };
}
