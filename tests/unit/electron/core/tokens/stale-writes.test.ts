// An edit that lands while an operation waits on the keyring: the operation read the profile once, and compares its
// revision before writing or handing out anything derived from it, so nothing stale is written back or copied.
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../../../shared/ipc/channels';
import type { ProfileView } from '../../../../../shared/profile';
import type { FakeButlrServer } from '../../../../fixtures/fake-butlr-server';
import { createFakeSafeStorage, type FakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import type { TestCore } from '../../../../fixtures/test-core';
import { DEMO_SECRET, copyToken, createProfile, deferred, errorOf, fetchToken, profileInput, profileView, valueOf } from '../core-test-kit';
import { openEnvelope } from '../sealed-values';
import { readStoredTokens } from '../stored-tokens';
import { updateProfile, useVaultWorld } from '../vault-kit';

const world = useVaultWorld();
const NEW_SECRET = 'a-new-secret-for-the-new-server';

interface Gate {
  /** Resolves once the held call has started. */
  readonly arrived: Promise<void>;
  readonly release: () => void;
}

interface HeldCall {
  readonly arrived: () => void;
  readonly released: Promise<void>;
}

/** safeStorage whose next decrypt or encrypt can be held at the door until the test lets it through. */
function holdableSafeStorage(): FakeSafeStorage & { holdNextDecrypt(): Gate; holdNextEncrypt(): Gate } {
  const storage = createFakeSafeStorage();
  const { decryptStringAsync: decrypt, encryptStringAsync: encrypt } = storage;
  let nextDecrypt: HeldCall | null = null;
  let nextEncrypt: HeldCall | null = null;
  const gate = (): [Gate, HeldCall] => {
    const arrived = deferred();
    const released = deferred();
    return [
      { arrived: arrived.promise, release: released.resolve },
      { arrived: arrived.resolve, released: released.promise },
    ];
  };
  return Object.assign(storage, {
    async decryptStringAsync(encrypted: Buffer) {
      const held = nextDecrypt;
      nextDecrypt = null;
      if (held) {
        held.arrived();
        await held.released;
      }
      return decrypt(encrypted);
    },
    async encryptStringAsync(plainText: string) {
      const held = nextEncrypt;
      nextEncrypt = null;
      if (held) {
        held.arrived();
        await held.released;
      }
      return encrypt(plainText);
    },
    holdNextDecrypt() {
      const [handle, inner] = gate();
      nextDecrypt = inner;
      return handle;
    },
    holdNextEncrypt() {
      const [handle, inner] = gate();
      nextEncrypt = inner;
      return handle;
    },
  });
}

interface Setup {
  readonly test: TestCore;
  readonly dataDir: string;
  readonly safeStorage: ReturnType<typeof holdableSafeStorage>;
  readonly butlr: FakeButlrServer;
  /** The server the profile is pointed at while the operation waits. */
  readonly other: FakeButlrServer;
  readonly id: string;
}

/** One profile at `butlr`, holding a token from it unless told otherwise. */
async function setUp({ withToken = true } = {}): Promise<Setup> {
  const butlr = await world.server({ clients: { 'demo-client': DEMO_SECRET, 'second-client': DEMO_SECRET } });
  const other = await world.server({ clients: { 'demo-client': NEW_SECRET } });
  const dataDir = await world.folder();
  const safeStorage = holdableSafeStorage();
  const test = world.core({ dataDir, safeStorage });
  const { id } = await createProfile(test, profileInput(butlr.url));
  if (withToken) valueOf(await fetchToken(test, id));
  return { test, dataDir, safeStorage, butlr, other, id };
}

async function storedTokens(setup: Setup): Promise<Record<string, { encryptedAccessToken: string }>> {
  setup.test.core.flushPendingWrites();
  return readStoredTokens(setup.dataDir);
}

describe('a profile pointed at another server while its held token is being decrypted', () => {
  it('copies neither that token nor anything for it, and renews at the new server instead', async () => {
    const setup = await setUp();
    const { test, safeStorage, butlr, other, id } = setup;
    const oldToken = butlr.issuedTokens[0]!;
    // A rotated key makes the copy want to save the token again: that save must not bring it back.
    safeStorage.shouldReEncrypt = true;
    const door = safeStorage.holdNextDecrypt();
    const copying = copyToken(test, id);
    await door.arrived;
    valueOf(await updateProfile(test, id, { baseUrl: other.url, secret: NEW_SECRET }));
    door.release();

    expect(valueOf<{ renewed: boolean }>(await copying).renewed).toBe(true);
    expect(test.clipboard).toEqual([other.issuedTokens[0]]);
    expect(test.clipboard).not.toContain(oldToken);
    const stored = (await storedTokens(setup))[id];
    expect(await openEnvelope(safeStorage, stored?.encryptedAccessToken ?? '')).toMatchObject({ value: other.issuedTokens[0], binding: { baseUrl: other.url } });
  });

  it('does not write the dropped token back when its details were being read', async () => {
    const setup = await setUp();
    const { test, safeStorage, other, id } = setup;
    safeStorage.shouldReEncrypt = true;
    const door = safeStorage.holdNextDecrypt();
    const details = test.invoke(ipcChannels.getTokenDetails, { id });
    await door.arrived;
    valueOf(await updateProfile(test, id, { baseUrl: other.url, secret: NEW_SECRET }));
    door.release();
    await details;
    expect(await storedTokens(setup)).toEqual({});
    expect((await profileView(test, id)).token).toEqual({ state: 'none' });
  });
});

describe('a profile edited while a sign-in decrypts its secret', () => {
  it('sends nothing for the identity it had, and keeps no token', async () => {
    const setup = await setUp({ withToken: false });
    const { test, safeStorage, butlr, id } = setup;
    const door = safeStorage.holdNextDecrypt();
    const signingIn = fetchToken(test, id);
    await door.arrived;
    valueOf(await updateProfile(test, id, { clientId: 'second-client' }));
    door.release();
    errorOf(await signingIn, 'invalid_request');
    expect(butlr.requests).toEqual([]);
    expect(await storedTokens(setup)).toEqual({});
    valueOf(await fetchToken(test, id));
    expect(butlr.requests.map((request) => request.body)).toEqual([expect.objectContaining({ client_id: 'second-client' })]);
  });

  it('keeps the token when the edit left the server, identity and secret alone', async () => {
    const setup = await setUp({ withToken: false });
    const { test, safeStorage, butlr, id } = setup;
    const door = safeStorage.holdNextDecrypt();
    const signingIn = fetchToken(test, id);
    await door.arrived;
    valueOf(await updateProfile(test, id, { name: 'Renamed', pinned: true }));
    door.release();
    expect(valueOf<{ state: string }>(await signingIn).state).toBe('issued');
    expect(Object.keys(await storedTokens(setup))).toEqual([id]);
    expect(butlr.requests).toHaveLength(1);
  });
});

describe('an edit saving a new secret while another edit changes the server', () => {
  it('does not undo the other edit: it saves nothing and says to retry', async () => {
    const setup = await setUp({ withToken: false });
    const { test, safeStorage, butlr, other, id } = setup;
    const door = safeStorage.holdNextEncrypt();
    const sealing = updateProfile(test, id, { secret: 'typed-for-the-old-server' });
    await door.arrived;
    valueOf(await updateProfile(test, id, { baseUrl: other.url }));
    door.release();
    const error = errorOf(await sealing, 'invalid_request');
    expect(error.message).toMatch(/changed while this edit was being saved, so nothing was saved/);
    expect(await profileView(test, id)).toMatchObject({ baseUrl: other.url, secret: 'missing' } satisfies Partial<ProfileView>);
    errorOf(await fetchToken(test, id), 'secret_missing');
    expect([butlr.requests.length, other.requests.length]).toEqual([0, 0]);
  });
});
