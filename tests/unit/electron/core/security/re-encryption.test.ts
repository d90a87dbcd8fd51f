// When safeStorage says a value was sealed under a rotated key, the core seals it again and saves it, losing nothing.
import { describe, expect, it } from 'vitest';
import { copyToken, createProfile, listProfiles, profileInput, valueOf } from '../core-test-kit';
import { readStoredTokens } from '../stored-tokens';
import { readStore, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

const storedSecret = async (dataDir: string): Promise<string | undefined> =>
  (await readStore<{ profiles: { encryptedSecret: string }[] }>(dataDir, 'profiles')).profiles[0]?.encryptedSecret;
const storedAccessToken = async (dataDir: string, id: string): Promise<string | undefined> =>
  (await readStoredTokens(dataDir))[id]?.encryptedAccessToken;

describe('a rotated keyring key', () => {
  it('re-seals the secret on its next use and the held token on its next copy, and both still open after a restart', async () => {
    const butlr = await world.server();
    const dataDir = await world.folder();
    const test = world.core({ dataDir });
    const { id } = await createProfile(test, profileInput(butlr.url));
    const secretBefore = await storedSecret(dataDir);

    test.safeStorage.shouldReEncrypt = true;
    valueOf(await copyToken(test, id));
    const secretAfter = await storedSecret(dataDir);
    expect(secretAfter).toMatch(/^ss1:/);
    expect(secretAfter).not.toBe(secretBefore);

    test.core.flushPendingWrites();
    const tokenBefore = await storedAccessToken(dataDir, id);
    valueOf(await copyToken(test, id));
    test.core.flushPendingWrites();
    const tokenAfter = await storedAccessToken(dataDir, id);
    expect(tokenAfter).toMatch(/^ss1:/);
    expect(tokenAfter).not.toBe(tokenBefore);
    expect(test.clipboard[1]).toBe(test.clipboard[0]);
    test.core.dispose();

    test.safeStorage.shouldReEncrypt = false;
    const restarted = world.core({ dataDir, safeStorage: test.safeStorage });
    expect((await listProfiles(restarted))[0]?.secret).toBe('set');
    expect(valueOf<{ renewed: boolean }>(await copyToken(restarted, id)).renewed).toBe(false);
    expect(restarted.clipboard).toEqual([test.clipboard[0]]);
    expect(butlr.requests).toHaveLength(1);
  });
});
