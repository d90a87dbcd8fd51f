// Username-and-password profiles through the real core: Butlr's /api/v2/login, the access token kept sealed, the refresh and id tokens not kept.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { ProfileView } from '../../../../../shared/profile';
import { createSecretCipher } from '../../../../../electron/core/security/secret-cipher';
import { copyToken, createProfile, errorOf, fetchToken, listProfiles, valueOf } from '../core-test-kit';
import { captureTokens, findTraces } from '../secret-traces';
import { readStoredTokens as storedTokens, tokenFilePath } from '../stored-tokens';
import { passwordInput, updateProfile, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

const USERNAME = 'ops@example.com';
const PASSWORD = 'correct-password-for-ops-7f3a';

async function setUp() {
  const butlr = await world.server({ users: { [USERNAME]: PASSWORD } });
  const dataDir = await world.folder();
  const capture = captureTokens();
  const test = world.core({ dataDir, fetch: capture.fetch });
  const profile = await createProfile(test, passwordInput(butlr.url, { name: 'Ops', username: USERNAME, password: PASSWORD }));
  return { butlr, dataDir, capture, test, profile };
}

/** Which of `values` any ciphertext in the token files decrypts to, or holds in its envelope. */
async function tokensHolding(test: { safeStorage: Parameters<typeof createSecretCipher>[0] }, dataDir: string, values: readonly string[]): Promise<string[]> {
  const cipher = createSecretCipher(test.safeStorage, 'linux');
  const found: string[] = [];
  for (const token of Object.values(await storedTokens(dataDir))) {
    for (const ciphertext of Object.values(token).filter((field): field is string => typeof field === 'string')) {
      const opened = await cipher.decrypt(ciphertext);
      if (opened.ok) found.push(...values.filter((value) => opened.value.plainText.includes(value)));
    }
  }
  return found;
}

describe('a password profile', () => {
  it('is shown with its username and the password only as "set"', async () => {
    const { test, profile, butlr } = await setUp();
    expect(profile).toMatchObject({ kind: 'password', name: 'Ops', baseUrl: butlr.url, username: USERNAME, secret: 'set', token: { state: 'none' } });
    expect(profile).not.toHaveProperty('password');
    expect(profile).not.toHaveProperty('clientId');
    expect(JSON.stringify(await listProfiles(test))).not.toContain(PASSWORD);
  });

  it('signs in with POST /api/v2/login and a body of exactly {username, password}', async () => {
    const { test, profile, butlr } = await setUp();
    const info = valueOf<{ state: string }>(await fetchToken(test, profile.id));
    expect(info.state).toBe('issued');
    expect(butlr.requests).toEqual([{ path: '/api/v2/login', body: { username: USERNAME, password: PASSWORD } }]);
  });

  it('keeps the access token only as ciphertext sealed with the server and username it was issued for, and neither the refresh nor the id token', async () => {
    const { test, profile, dataDir, capture, butlr } = await setUp();
    valueOf(await fetchToken(test, profile.id));
    test.core.flushPendingWrites();
    const stored = (await storedTokens(dataDir))[profile.id];
    expect(stored).toEqual({ encryptedAccessToken: expect.stringMatching(/^ss1:/), obtainedAt: expect.any(Number), expiresAt: expect.any(Number) });
    const decrypted = await createSecretCipher(test.safeStorage, 'linux').decrypt(stored?.encryptedAccessToken ?? '');
    if (!decrypted.ok) throw new Error(decrypted.error.message);
    expect(JSON.parse(decrypted.value.plainText)).toEqual({
      v: 2,
      purpose: 'token',
      value: capture.values['access_token #1'],
      binding: { kind: 'password', baseUrl: butlr.url, username: USERNAME },
    });
    // Butlr sent a refresh and an id token; nothing uses them, so they are not kept, not even encrypted.
    expect(capture.values['refresh_token #1']).toEqual(expect.any(String));
    expect(await findTraces([tokenFilePath(dataDir, profile.id), join(dataDir, 'profiles.json')], { PASSWORD, ...capture.values })).toEqual([]);
    expect(await tokensHolding(test, dataDir, [capture.values['refresh_token #1']!, capture.values['id_token #1']!])).toEqual([]);
  });

  it('keeps them across a restart', async () => {
    const { test, profile, dataDir } = await setUp();
    valueOf(await copyToken(test, profile.id));
    test.core.dispose();
    const stored = (await storedTokens(dataDir))[profile.id];
    const restarted = world.core({ dataDir, safeStorage: test.safeStorage });
    expect((await storedTokens(dataDir))[profile.id]).toEqual(stored);
    expect(valueOf<{ renewed: boolean }>(await copyToken(restarted, profile.id)).renewed).toBe(false);
    expect(restarted.clipboard).toEqual(test.clipboard);
  });

  it('drops the token when the password is replaced', async () => {
    const { test, profile, dataDir } = await setUp();
    valueOf(await fetchToken(test, profile.id));
    valueOf(await updateProfile(test, profile.id, { secret: 'a-replacement-password' }));
    expect((await storedTokens(dataDir))[profile.id]).toBeUndefined();
  });

  it('says a wrong password was rejected, naming the username and password to check, and keeps no token', async () => {
    const { test, butlr, dataDir } = await setUp();
    const wrong = await createProfile(test, passwordInput(butlr.url, { name: 'Wrong', username: USERNAME, password: 'not-the-password' }));
    const error = errorOf(await fetchToken(test, wrong.id), 'rejected_credentials');
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/Check the username and password/);
    expect(error.message).not.toContain('not-the-password');
    expect((await storedTokens(dataDir))[wrong.id]).toBeUndefined();
    expect(valueOf<ProfileView[]>(await test.invoke(ipcChannels.listProfiles)).find((view) => view.id === wrong.id)?.token).toMatchObject({
      state: 'failed',
      error: { code: 'rejected_credentials' },
    });
  });

  it('reads a 401 from Butlr the same way, and recovers on the next sign-in', async () => {
    const { test, butlr, profile } = await setUp();
    butlr.setFailure('reject');
    expect(errorOf(await copyToken(test, profile.id), 'rejected_credentials').message).toMatch(/username and password/);
    expect(test.clipboard).toEqual([]);
    butlr.setFailure(null);
    valueOf(await copyToken(test, profile.id));
    expect(butlr.issuedTokens).toContain(test.clipboard.at(-1));
  });
});
