// A keyring still locked when the app starts at login: the secrets read "waiting for the system keyring", nothing is lost or
// asked for again, and they are read again with backoff, or at once on unlock, until the keyring answers.
import { describe, expect, it } from 'vitest';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { createManualClock, flushIo } from '../../../../fixtures/manual-clock';
import { copyToken, createProfile, errorOf, fetchToken, listProfiles, profileInput, valueOf } from '../core-test-kit';
import { NOW, readStore, updateProfile, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();

/** A profile saved by a previous run, then a start at login with the keyring still locked. */
async function startLocked() {
  const butlr = await world.server();
  const dataDir = await world.folder();
  const safeStorage = createFakeSafeStorage();
  const first = world.core({ dataDir, safeStorage, settings: { autoRefreshByDefault: false } });
  const saved = await createProfile(first, profileInput(butlr.url, { name: 'Staging' }));
  first.core.dispose();
  const storedSecret = async (): Promise<string> => (await readStore<{ profiles: { encryptedSecret: string }[] }>(dataDir, 'profiles')).profiles[0]!.encryptedSecret;
  const secretBefore = await storedSecret();

  safeStorage.keyringLocked = true;
  const decryptsAt: number[] = [];
  const decrypt = safeStorage.decryptStringAsync.bind(safeStorage);
  const clock = createManualClock({ start: NOW });
  safeStorage.decryptStringAsync = (encrypted) => {
    decryptsAt.push(clock.now() - NOW);
    return decrypt(encrypted);
  };
  // random 0.5: the backoff's jitter is exactly 0, so its steps are 2 s, 4 s, 8 s.
  const test = world.core({ dataDir, safeStorage, now: clock.now, timers: clock, random: () => 0.5 });
  const profilesChanged = () => test.events.filter((event) => event.channel === 'profiles:changed').length;
  return { butlr, test, safeStorage, clock, id: saved.id, decryptsAt, profilesChanged, storedSecret, secretBefore };
}

describe('a keyring that is not ready yet', () => {
  it('reads as waiting, not unreadable, and signs in nowhere while the secret is kept as it was', async () => {
    const { butlr, test, id, storedSecret, secretBefore } = await startLocked();
    expect((await listProfiles(test)).map((profile) => profile.secret)).toEqual(['waiting']);
    expect(errorOf(await fetchToken(test, id), 'keyring_unavailable').message).toMatch(/^“Staging”: Waiting for the system keyring.*The saved secret is kept/);
    errorOf(await copyToken(test, id), 'keyring_unavailable');
    expect(butlr.requests).toEqual([]);
    expect(test.clipboard).toEqual([]);
    expect(await storedSecret()).toBe(secretBefore);
  });

  it('reads the secret again at 2 s, 4 s and 8 s steps, and stops once the keyring answers', async () => {
    const { test, safeStorage, clock, decryptsAt, profilesChanged } = await startLocked();
    await listProfiles(test);
    await clock.advance(1_999);
    expect(decryptsAt).toEqual([0]);
    await clock.advance(1);
    await clock.advance(4_000);
    await clock.advance(8_000);
    expect(decryptsAt).toEqual([0, 2_000, 6_000, 14_000]);
    // Nobody is told of a change while nothing changed.
    expect(profilesChanged()).toBe(0);

    safeStorage.keyringLocked = false;
    await clock.advance(16_000);
    expect(decryptsAt).toEqual([0, 2_000, 6_000, 14_000, 30_000]);
    expect(profilesChanged()).toBe(1);
    expect((await listProfiles(test)).map((profile) => profile.secret)).toEqual(['set']);
    await clock.advance(10 * 60_000);
    expect(decryptsAt).toHaveLength(5);
  });

  it('tries at once when the screen is unlocked, and then signs in with the kept secret', async () => {
    const { butlr, test, safeStorage, clock, id, decryptsAt, profilesChanged } = await startLocked();
    await listProfiles(test);
    safeStorage.keyringLocked = false;
    test.core.retryKeyringNow();
    await flushIo();
    expect(decryptsAt).toEqual([0, 0]);
    expect(profilesChanged()).toBe(1);
    expect(clock.pendingTimers()).toEqual([]);
    valueOf(await fetchToken(test, id));
    expect(butlr.requests).toHaveLength(1);
  });

  it('refuses an edit that would have to seal the kept secret again, rather than drop it', async () => {
    const { test, safeStorage, id } = await startLocked();
    errorOf(await updateProfile(test, id, { clientId: 'other-client' }), 'keyring_unavailable');
    safeStorage.keyringLocked = false;
    const [profile] = await listProfiles(test);
    expect(profile).toMatchObject({ secret: 'set', clientId: 'demo-client' });
    valueOf(await updateProfile(test, id, { clientId: 'other-client' }));
    expect((await listProfiles(test))[0]).toMatchObject({ secret: 'set', clientId: 'other-client' });
  });
});
