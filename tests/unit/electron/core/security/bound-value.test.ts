// A value sealed with the sign-in identity it belongs to and its purpose opens for that identity and purpose only; a value
// sealed before purposes gets the purpose it is opened for; a migrated value opens only through binding.
import { describe, expect, it } from 'vitest';
import { bindUnbound, markUnbound, openBound, sealBound, type SealPurpose } from '../../../../../electron/core/security/bound-value';
import { createSecretCipher } from '../../../../../electron/core/security/secret-cipher';
import type { SignInIdentity } from '../../../../../electron/core/profiles/sign-in-identity';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';

const CLIENT: SignInIdentity = { kind: 'client_credentials', baseUrl: 'https://api.butlr.io', clientId: 'demo-client', audience: 'https://butlrauth/' };
const PERSON: SignInIdentity = { kind: 'password', baseUrl: 'https://api.butlr.io', username: 'admin@example.com' };
const SECRET = 'sk_live_4f9a2c7e-very-secret';

function setUp() {
  const safeStorage = createFakeSafeStorage();
  const cipher = createSecretCipher(safeStorage, 'linux');
  const seal = async (value: string, identity: SignInIdentity, purpose: SealPurpose = 'secret'): Promise<string> => {
    const sealed = await sealBound((text) => cipher.encrypt(text), value, identity, purpose);
    if (!sealed.ok) throw new Error(sealed.error.message);
    return sealed.value;
  };
  return { safeStorage, cipher, seal };
}

describe('sealBound and openBound', () => {
  it('open a value for the identity it was sealed with, with nothing to replace', async () => {
    const { cipher, seal } = setUp();
    for (const identity of [CLIENT, PERSON]) {
      expect(await openBound(cipher, await seal(SECRET, identity), identity, 'secret')).toEqual({ ok: true, value: { value: SECRET, replacement: null } });
    }
  });

  it('seal only the identity, not whatever else the object passed in carries', async () => {
    const { safeStorage, seal } = setUp();
    const stored = await seal(SECRET, { ...CLIENT, name: 'Production', clientSecret: 'other' } as SignInIdentity);
    const plain = (await safeStorage.decryptStringAsync(Buffer.from(stored.slice(4), 'base64'))).result;
    expect(JSON.parse(plain)).toEqual({ v: 2, purpose: 'secret', value: SECRET, binding: CLIENT });
  });

  it.each([
    ['another base URL', { ...CLIENT, baseUrl: 'https://collector.example' }],
    ['the same base URL with a trailing slash', { ...CLIENT, baseUrl: 'https://api.butlr.io/' }],
    ['another audience', { ...CLIENT, audience: 'https://butlrauth/other' }],
    ['another client ID', { ...CLIENT, clientId: 'other-client' }],
    ['another kind', PERSON],
  ] as const)('refuse %s as server_changed', async (_what, identity) => {
    const { cipher, seal } = setUp();
    const opened = await openBound(cipher, await seal(SECRET, CLIENT), identity, 'secret');
    expect(opened).toEqual({ ok: false, error: { code: 'server_changed', message: 'The base URL or sign-in changed outside the app; enter the secret again.' } });
  });

  it('refuse another username as server_changed', async () => {
    const { cipher, seal } = setUp();
    expect((await openBound(cipher, await seal(SECRET, PERSON), { ...PERSON, username: 'ops@example.com' }, 'secret')).ok).toBe(false);
  });

  it('refuse a bare value (sealed without a binding) and a marked one: those are only for bindUnbound', async () => {
    const { cipher } = setUp();
    const bare = await cipher.encrypt(SECRET);
    if (!bare.ok) throw new Error(bare.error.message);
    expect(await openBound(cipher, bare.value, CLIENT, 'secret')).toMatchObject({ ok: false, error: { code: 'server_changed' } });
    expect(await openBound(cipher, markUnbound(bare.value), CLIENT, 'secret')).toMatchObject({ ok: false, error: { code: 'server_changed' } });
  });

  it('say secret_unreadable for a value this keyring cannot decrypt', async () => {
    const { cipher } = setUp();
    const other = setUp();
    expect(await openBound(cipher, await other.seal(SECRET, CLIENT), CLIENT, 'secret')).toMatchObject({ ok: false, error: { code: 'secret_unreadable' } });
  });

  it('hand back the same envelope under a rotated key, still bound to the same identity', async () => {
    const { safeStorage, cipher, seal } = setUp();
    const stored = await seal(SECRET, CLIENT);
    safeStorage.shouldReEncrypt = true;
    const opened = await openBound(cipher, stored, CLIENT, 'secret');
    if (!opened.ok || opened.value.replacement === null) throw new Error('expected a replacement');
    safeStorage.shouldReEncrypt = false;
    expect(opened.value.replacement).not.toBe(stored);
    expect(await openBound(cipher, opened.value.replacement, CLIENT, 'secret')).toEqual({ ok: true, value: { value: SECRET, replacement: null } });
    expect((await openBound(cipher, opened.value.replacement, PERSON, 'secret')).ok).toBe(false);
  });
});

describe('purposes', () => {
  const PURPOSES: readonly SealPurpose[] = ['secret', 'reference', 'token'];
  const sealV1 = async (cipher: ReturnType<typeof setUp>['cipher'], value: string, identity: SignInIdentity): Promise<string> =>
    valueOf(await cipher.encrypt(JSON.stringify({ v: 1, value, binding: identity })));

  it('open a value only where it was sealed for: another purpose is refused as server_changed', async () => {
    const { cipher, seal } = setUp();
    for (const sealedAs of PURPOSES) {
      const stored = await seal(SECRET, CLIENT, sealedAs);
      for (const openedAs of PURPOSES) {
        const opened = await openBound(cipher, stored, CLIENT, openedAs);
        if (openedAs === sealedAs) expect(opened).toEqual({ ok: true, value: { value: SECRET, replacement: null } });
        else expect(opened, `${sealedAs} opened as ${openedAs}`).toMatchObject({ ok: false, error: { code: 'server_changed' } });
      }
    }
  });

  it('open a v1 value (sealed before purposes) wherever it is found, and hand it back sealed as v2 with that purpose', async () => {
    const { safeStorage, cipher } = setUp();
    const v1 = await sealV1(cipher, SECRET, CLIENT);
    for (const purpose of PURPOSES) {
      const opened = await openBound(cipher, v1, CLIENT, purpose);
      if (!opened.ok || opened.value.replacement === null) throw new Error('expected a replacement');
      expect(opened.value.value).toBe(SECRET);
      const plain = (await safeStorage.decryptStringAsync(Buffer.from(opened.value.replacement.slice(4), 'base64'))).result;
      expect(JSON.parse(plain)).toEqual({ v: 2, purpose, value: SECRET, binding: CLIENT });
      for (const other of PURPOSES.filter((each) => each !== purpose)) expect((await openBound(cipher, opened.value.replacement, CLIENT, other)).ok).toBe(false);
    }
    expect((await openBound(cipher, v1, PERSON, 'secret')).ok).toBe(false);
  });

  it('bind a migrated value with the purpose given', async () => {
    const { cipher } = setUp();
    const bound = await bindUnbound(cipher, markUnbound(valueOf(await cipher.encrypt(SECRET))), CLIENT, 'token');
    if (!bound.ok || bound.value.replacement === null) throw new Error('expected a bound replacement');
    expect(await openBound(cipher, bound.value.replacement, CLIENT, 'token')).toEqual({ ok: true, value: { value: SECRET, replacement: null } });
    expect((await openBound(cipher, bound.value.replacement, CLIENT, 'secret')).ok).toBe(false);
  });
});

describe('bindUnbound', () => {
  it('opens a value the migration marked and seals it for the identity given, once', async () => {
    const { cipher } = setUp();
    const bare = await cipher.encrypt(SECRET);
    if (!bare.ok) throw new Error(bare.error.message);
    const marked = markUnbound(bare.value);
    expect(markUnbound(marked)).toBe(marked);
    const bound = await bindUnbound(cipher, marked, CLIENT, 'secret');
    if (!bound.ok || bound.value.replacement === null) throw new Error('expected a bound replacement');
    expect(bound.value.value).toBe(SECRET);
    expect(await openBound(cipher, bound.value.replacement, CLIENT, 'secret')).toEqual({ ok: true, value: { value: SECRET, replacement: null } });
    expect((await bindUnbound(cipher, bound.value.replacement, PERSON, 'secret')).ok).toBe(false);
  });

  it('refuses a value sealed since values were bound, marked by hand, instead of binding its envelope elsewhere', async () => {
    const { cipher, seal } = setUp();
    const collector = { ...CLIENT, baseUrl: 'https://collector.example' };
    const envelopes = [await seal(SECRET, CLIENT), ...(await Promise.all([{ v: 9, value: SECRET }, { binding: CLIENT }, { v: 1, value: SECRET, binding: CLIENT }].map(async (plain) => valueOf(await cipher.encrypt(JSON.stringify(plain))))))];
    for (const stored of envelopes) {
      expect(await bindUnbound(cipher, markUnbound(stored), collector, 'secret')).toMatchObject({ ok: false, error: { code: 'server_changed' } });
    }
  });

  it('still binds a bare value that happens to be JSON but not an envelope', async () => {
    const { cipher } = setUp();
    for (const bare of ['42', '"quoted"', '["v", "value"]', '{"secret":"x"}']) {
      const bound = await bindUnbound(cipher, markUnbound(valueOf(await cipher.encrypt(bare))), CLIENT, 'token');
      expect(bound).toMatchObject({ ok: true, value: { value: bare } });
    }
  });
});

function valueOf(result: { ok: true; value: string } | { ok: false; error: { message: string } }): string {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
