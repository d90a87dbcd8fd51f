// A value sealed with the sign-in identity it belongs to opens for that identity only; a migrated value only through binding.
import { describe, expect, it } from 'vitest';
import { bindUnbound, markUnbound, openBound, sealBound } from '../../../../../electron/core/security/bound-value';
import { createSecretCipher } from '../../../../../electron/core/security/secret-cipher';
import type { SignInIdentity } from '../../../../../electron/core/profiles/sign-in-identity';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';

const CLIENT: SignInIdentity = { kind: 'client_credentials', baseUrl: 'https://api.butlr.io', clientId: 'demo-client', audience: 'https://butlrauth/' };
const PERSON: SignInIdentity = { kind: 'password', baseUrl: 'https://api.butlr.io', username: 'admin@example.com' };
const SECRET = 'sk_live_4f9a2c7e-very-secret';

function setUp() {
  const safeStorage = createFakeSafeStorage();
  const cipher = createSecretCipher(safeStorage, 'linux');
  const seal = async (value: string, identity: SignInIdentity): Promise<string> => {
    const sealed = await sealBound((text) => cipher.encrypt(text), value, identity);
    if (!sealed.ok) throw new Error(sealed.error.message);
    return sealed.value;
  };
  return { safeStorage, cipher, seal };
}

describe('sealBound and openBound', () => {
  it('open a value for the identity it was sealed with, with nothing to replace', async () => {
    const { cipher, seal } = setUp();
    for (const identity of [CLIENT, PERSON]) {
      expect(await openBound(cipher, await seal(SECRET, identity), identity)).toEqual({ ok: true, value: { value: SECRET, replacement: null } });
    }
  });

  it('seal only the identity, not whatever else the object passed in carries', async () => {
    const { safeStorage, seal } = setUp();
    const stored = await seal(SECRET, { ...CLIENT, name: 'Production', clientSecret: 'other' } as SignInIdentity);
    const plain = (await safeStorage.decryptStringAsync(Buffer.from(stored.slice(4), 'base64'))).result;
    expect(JSON.parse(plain)).toEqual({ v: 1, value: SECRET, binding: CLIENT });
  });

  it.each([
    ['another base URL', { ...CLIENT, baseUrl: 'https://collector.example' }],
    ['the same base URL with a trailing slash', { ...CLIENT, baseUrl: 'https://api.butlr.io/' }],
    ['another audience', { ...CLIENT, audience: 'https://butlrauth/other' }],
    ['another client ID', { ...CLIENT, clientId: 'other-client' }],
    ['another kind', PERSON],
  ] as const)('refuse %s as server_changed', async (_what, identity) => {
    const { cipher, seal } = setUp();
    const opened = await openBound(cipher, await seal(SECRET, CLIENT), identity);
    expect(opened).toEqual({ ok: false, error: { code: 'server_changed', message: 'The base URL or sign-in changed outside the app; enter the secret again.' } });
  });

  it('refuse another username as server_changed', async () => {
    const { cipher, seal } = setUp();
    expect((await openBound(cipher, await seal(SECRET, PERSON), { ...PERSON, username: 'ops@example.com' })).ok).toBe(false);
  });

  it('refuse a bare value (sealed without a binding) and a marked one: those are only for bindUnbound', async () => {
    const { cipher } = setUp();
    const bare = await cipher.encrypt(SECRET);
    if (!bare.ok) throw new Error(bare.error.message);
    expect(await openBound(cipher, bare.value, CLIENT)).toMatchObject({ ok: false, error: { code: 'server_changed' } });
    expect(await openBound(cipher, markUnbound(bare.value), CLIENT)).toMatchObject({ ok: false, error: { code: 'server_changed' } });
  });

  it('say secret_unreadable for a value this keyring cannot decrypt', async () => {
    const { cipher } = setUp();
    const other = setUp();
    expect(await openBound(cipher, await other.seal(SECRET, CLIENT), CLIENT)).toMatchObject({ ok: false, error: { code: 'secret_unreadable' } });
  });

  it('hand back the same envelope under a rotated key, still bound to the same identity', async () => {
    const { safeStorage, cipher, seal } = setUp();
    const stored = await seal(SECRET, CLIENT);
    safeStorage.shouldReEncrypt = true;
    const opened = await openBound(cipher, stored, CLIENT);
    if (!opened.ok || opened.value.replacement === null) throw new Error('expected a replacement');
    safeStorage.shouldReEncrypt = false;
    expect(opened.value.replacement).not.toBe(stored);
    expect(await openBound(cipher, opened.value.replacement, CLIENT)).toEqual({ ok: true, value: { value: SECRET, replacement: null } });
    expect((await openBound(cipher, opened.value.replacement, PERSON)).ok).toBe(false);
  });
});

describe('bindUnbound', () => {
  it('opens a value the migration marked and seals it for the identity given, once', async () => {
    const { cipher } = setUp();
    const bare = await cipher.encrypt(SECRET);
    if (!bare.ok) throw new Error(bare.error.message);
    const marked = markUnbound(bare.value);
    expect(markUnbound(marked)).toBe(marked);
    const bound = await bindUnbound(cipher, marked, CLIENT);
    if (!bound.ok || bound.value.replacement === null) throw new Error('expected a bound replacement');
    expect(bound.value.value).toBe(SECRET);
    expect(await openBound(cipher, bound.value.replacement, CLIENT)).toEqual({ ok: true, value: { value: SECRET, replacement: null } });
    expect((await bindUnbound(cipher, bound.value.replacement, PERSON)).ok).toBe(false);
  });

  it('refuses a value sealed since values were bound, marked by hand, instead of binding its envelope elsewhere', async () => {
    const { cipher, seal } = setUp();
    const collector = { ...CLIENT, baseUrl: 'https://collector.example' };
    const envelopes = [await seal(SECRET, CLIENT), ...(await Promise.all([{ v: 9, value: SECRET }, { binding: CLIENT }].map(async (plain) => valueOf(await cipher.encrypt(JSON.stringify(plain))))))];
    for (const stored of envelopes) {
      expect(await bindUnbound(cipher, markUnbound(stored), collector)).toMatchObject({ ok: false, error: { code: 'server_changed' } });
    }
  });

  it('still binds a bare value that happens to be JSON but not an envelope', async () => {
    const { cipher } = setUp();
    for (const bare of ['42', '"quoted"', '["v", "value"]', '{"secret":"x"}']) {
      const bound = await bindUnbound(cipher, markUnbound(valueOf(await cipher.encrypt(bare))), CLIENT);
      expect(bound).toMatchObject({ ok: true, value: { value: bare } });
    }
  });
});

function valueOf(result: { ok: true; value: string } | { ok: false; error: { message: string } }): string {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
