// Main's half of every kind: a sign-in request that sends all the kind's inputs, .env names that cover them, and a place
// in profiles.json's, the export file's and the sealed binding's discriminated unions.
import { describe, expect, it } from 'vitest';
import { envFileKinds, signInMethods, signInRequest } from '../../../../../electron/core/credentials/sign-in-methods';
import { storedProfileSchema } from '../../../../../electron/core/profiles/profiles-file';
import { signInIdentityOf, type SignInIdentity } from '../../../../../electron/core/profiles/sign-in-identity';
import { openBound, sealBound } from '../../../../../electron/core/security/bound-value';
import { createSecretCipher } from '../../../../../electron/core/security/secret-cipher';
import { grantForStoredProfile } from '../../../../../electron/core/tokens/grants';
import { exportedProfileSchema } from '../../../../../electron/core/vault/export-document';
import { credentialFieldsOf, credentialKindList, credentialKindNames, inputsOf, type CredentialValues } from '../../../../../shared/credentials/credential-kinds';
import { DEFAULT_BASE_URL } from '../../../../../shared/profile';
import { createFakeSafeStorage } from '../../../../fixtures/fake-safe-storage';
import { storedProfileMetadata } from '../stored-profile-metadata';

type Kind = (typeof credentialKindNames)[number];

const valuesOf = (kind: Kind): CredentialValues =>
  Object.fromEntries([['kind', kind], ...inputsOf(kind).map((input) => [input.key, `sample-${input.key}`])]) as CredentialValues;

const storedOf = (kind: Kind) => ({
  ...credentialFieldsOf(valuesOf(kind)),
  id: 'a',
  name: 'Sample',
  baseUrl: DEFAULT_BASE_URL,
  ...storedProfileMetadata(),
  encryptedSecret: null,
});

describe('the sign-in methods', () => {
  it('cover exactly the kinds of the shared table, each under its own name', () => {
    expect(Object.keys(signInMethods)).toEqual(credentialKindNames);
    for (const [kind, method] of Object.entries(signInMethods)) expect(method.kind).toBe(kind);
  });

  it('read .env files for at least one kind', () => {
    expect(envFileKinds.length).toBeGreaterThan(0);
  });
});

describe.each(credentialKindList.map((facts) => [facts.kind, facts] as const))('the %s kind in main', (kind, facts) => {
  it('signs in at a Butlr login endpoint with every input it has, the secret included', () => {
    const values = valuesOf(kind);
    const request = signInRequest(values);
    expect(request.path).toMatch(/^\/api\/v\d+\//);
    const sent = Object.values(request.body);
    for (const input of inputsOf(kind)) expect(sent, input.key).toContain(`sample-${input.key}`);
  });

  it('turns a stored profile and its secret into the same sign-in a new profile makes', () => {
    const grant = grantForStoredProfile(storedOf(kind) as never, `sample-${facts.secret.key}`);
    expect(grant).toEqual({ ...valuesOf(kind), baseUrl: DEFAULT_BASE_URL });
  });

  it('reads a .env file with names for all its inputs, or with none', () => {
    const { envVariables } = signInMethods[kind];
    if (envVariables.length === 0) return;
    const filled = envVariables.map((variable) => variable.field);
    for (const input of inputsOf(kind)) expect(filled, input.key).toContain(input.key);
    for (const variable of envVariables) expect(variable.key).toMatch(/^BUTLR_[A-Z_]+$/);
  });

  it('is a record profiles.json and the export file can hold', () => {
    expect(storedProfileSchema.safeParse(storedOf(kind)).success).toBe(true);
    const entry = { ...credentialFieldsOf(valuesOf(kind)), name: 'Sample', baseUrl: DEFAULT_BASE_URL, notes: '', tags: [], color: null };
    expect(exportedProfileSchema.safeParse(entry)).toMatchObject({ success: true, data: entry });
  });

  it('seals a value with its identity, which opens for that identity and not for one with another field value', async () => {
    const cipher = createSecretCipher(createFakeSafeStorage(), 'linux');
    const identity = signInIdentityOf({ ...credentialFieldsOf(valuesOf(kind)), baseUrl: DEFAULT_BASE_URL } as SignInIdentity);
    const sealed = await sealBound((text) => cipher.encrypt(text), 'value', identity, 'secret');
    if (!sealed.ok) throw new Error(sealed.error.message);
    expect(await openBound(cipher, sealed.value, identity, 'secret')).toMatchObject({ ok: true, value: { value: 'value' } });
    for (const field of facts.fields) {
      const other = { ...identity, [field.key]: 'another' } as SignInIdentity;
      expect(await openBound(cipher, sealed.value, other, 'secret'), field.key).toMatchObject({ ok: false, error: { code: 'server_changed' } });
    }
  });
});
