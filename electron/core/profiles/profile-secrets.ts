// A profile's saved secret: sealed with the sign-in identity it was entered for, opened only for that identity, and its
// state for the list. The one place that reads `encryptedSecret` as a secret. What is sealed, and what a sign-in then
// sends, is the profile's secret source's to say (secret-sources/secret-sources.ts): the secret, or a confirmed reference.
import type { AppError, ErrorCode } from '../../../shared/app-error';
import { fail, ok, type Result } from '../../../shared/result';
import type { SecretState } from '../../../shared/profile';
import type { Logger } from '../logger';
import { bindUnbound, isUnbound, openBound, sealBound } from '../security/bound-value';
import type { SecretCipher } from '../security/secret-cipher';
import type { SecretSealer } from '../security/secret-sealer';
import { canonicalReference, type SecretReference } from '../../../shared/secret-sources/secret-presets';
import { secretSourceOf, type SecretSource, type SecretSourceName } from '../secret-sources/secret-sources';
import type { LoadedProfile, ProfileRepository } from './profile-repository';
import { signInIdentityOf, type SignInIdentity } from './sign-in-identity';

export interface ProfileSecrets {
  /** Seals a secret a person entered for `identity`, if secrets may be saved now (see secret-sealer.ts). */
  seal(plainText: string, identity: SignInIdentity, field: string): Promise<Result<string>>;
  /**
   * The secret, if it was sealed for the profile as loaded and the profile may be used. A replacement ciphertext (under a
   * rotated key, or bound for the first time) is saved only if the profile has not changed meanwhile; `revision` is the
   * revision the secret was read at.
   */
  open(loaded: LoadedProfile): Promise<Result<{ secret: string; revision: number; readsAgain: boolean }>>;
  /**
   * Whether what is sealed in the profile opens for it as loaded (the secret, or the confirmed reference), without reading
   * a reference's secret: what a migrated token is bound by (held-tokens.ts). Its revision, as for `open`.
   */
  opens(loaded: LoadedProfile): Promise<Result<{ revision: number }>>;
  /** Why a profile with nothing sealed has no secret: none saved, or a reference not confirmed yet. */
  whyMissing(profile: LoadedProfile['profile']): AppError;
  /** Seals a secret reference as confirmed by the person for `identity`: only a confirmed reference ever runs. */
  confirm(reference: SecretReference, identity: SignInIdentity): Promise<Result<string>>;
  /** What the list shows; remembered per ciphertext and identity, so listing does not decrypt every time. */
  state(loaded: LoadedProfile): Promise<SecretState>;
  /** `state` of each, in order; those already known are answered without a promise each (the list asks for 1,000 at once). */
  states(all: readonly LoadedProfile[]): Promise<SecretState[]>;
  /** The saved secret sealed again for a new identity on the same server (a new client ID or username); null when it does not open. */
  rebind(loaded: LoadedProfile, identity: SignInIdentity): Promise<string | null>;
}

interface ProfileSecretsDeps {
  readonly profiles: ProfileRepository;
  readonly cipher: SecretCipher;
  readonly sealSecret: SecretSealer;
  readonly sources: { readonly [S in SecretSourceName]: SecretSource };
  readonly logger: Logger;
}

/** What the list shows for a secret that did not open; any other failure reads as unreadable. */
const FAILED_STATES: Partial<Record<ErrorCode, SecretState>> = { server_changed: 'server_changed', keyring_unavailable: 'waiting' };

export function createProfileSecrets({ profiles, cipher, sealSecret, sources, logger }: ProfileSecretsDeps): ProfileSecrets {
  const states = new Map<string, SecretState>();
  // In front of `states`: stored records are replaced, never changed in place, so a record's state is its ciphertext's and
  // identity's, found without building their key (a string of both) on every listing.
  const byRecord = new WeakMap<LoadedProfile['profile'], SecretState>();
  const stateKey = (ciphertext: string, identity: SignInIdentity & { readonly secretReference?: SecretReference | undefined }): string =>
    `${ciphertext}\n${JSON.stringify(signInIdentityOf(identity))}\n${identity.secretReference ? canonicalReference(identity.secretReference) : ''}`;
  const sourceOf = (profile: LoadedProfile['profile']): SecretSource => sources[secretSourceOf(profile)];

  /** What is sealed in the profile, opened for it as loaded: the secret, or the reference the person confirmed. */
  const unseal = async (loaded: LoadedProfile): Promise<Result<{ value: string; revision: number }>> => {
    const { profile, revision } = loaded;
    if (loaded.damage) return fail(loaded.damage);
    if (profile.encryptedSecret === null) return fail(sourceOf(profile).missing(profile));
    const stored = profile.encryptedSecret;
    // A secret the migration marked is bound at its first use, the first listing of the start that migrated it.
    const source = sourceOf(profile);
    const opened = isUnbound(stored) ? await bindUnbound(cipher, stored, profile, source.purpose) : await openBound(cipher, stored, profile, source.purpose);
    if (!opened.ok) {
      if (opened.error.code !== 'server_changed') return opened;
      logger.warn(`profiles: the secret of profile ${profile.id} was sealed for another server; not used`);
      // In the source's words: a secret to enter again, or a reference to confirm again.
      return fail(source.changed());
    }
    const { value, replacement } = opened.value;
    if (replacement !== null && profiles.resealIf(profile.id, revision, replacement)) {
      states.set(stateKey(replacement, profile), 'set');
      logger.info(`profiles: sealed the secret of profile ${profile.id} again`);
    }
    return ok({ value, revision });
  };

  const open: ProfileSecrets['open'] = async (loaded) => {
    const unsealed = await unseal(loaded);
    if (!unsealed.ok) return unsealed;
    const source = sourceOf(loaded.profile);
    const secret = await source.reveal(loaded.profile, unsealed.value.value);
    return secret.ok ? ok({ secret: secret.value, revision: unsealed.value.revision, readsAgain: source.readsAgain }) : secret;
  };

  const knownState = (loaded: LoadedProfile): SecretState | undefined => {
    const { profile } = loaded;
    if (profile.encryptedSecret === null) return 'missing';
    let known = byRecord.get(profile);
    if (known === undefined) {
      known = states.get(stateKey(profile.encryptedSecret, profile));
      if (known !== undefined) byRecord.set(profile, known);
    }
    return known;
  };
  const state: ProfileSecrets['state'] = async (loaded) => {
    const known = knownState(loaded);
    if (known !== undefined) return known;
    const { profile } = loaded;
    const encryptedSecret = profile.encryptedSecret!;
    // A damaged profile's secret is only looked at: nothing is saved for it, and a marked one is not bound to it.
    const opened = loaded.damage ? await openBound(cipher, encryptedSecret, profile, sourceOf(profile).purpose) : await unseal(loaded);
    // A reference is looked at, never run, to say whether it is the one confirmed.
    const found: SecretState = opened.ok ? (sourceOf(profile).matches(profile, opened.value.value) ? 'set' : 'server_changed') : (FAILED_STATES[opened.error.code] ?? 'unreadable');
    // A keyring that is not ready yet is asked again at the next listing (keyring-wait.ts plans one); the rest is settled.
    if (found !== 'waiting') states.set(stateKey(encryptedSecret, profile), found);
    return found;
  };

  return {
    open,
    async opens(loaded) {
      const unsealed = await unseal(loaded);
      if (!unsealed.ok) return unsealed;
      const source = sourceOf(loaded.profile);
      return source.matches(loaded.profile, unsealed.value.value) ? ok({ revision: unsealed.value.revision }) : fail(source.changed());
    },
    whyMissing: (profile) => sourceOf(profile).missing(profile),
    seal: async (plainText, identity, field) => {
      const sealed = await sealBound((text) => sealSecret(text, field), plainText, identity, 'secret');
      if (sealed.ok) states.set(stateKey(sealed.value, identity), 'set');
      return sealed;
    },
    async confirm(reference, identity) {
      // Not a secret, so no consent is asked; sealed all the same, so an outside edit of the reference or its server shows.
      const sealed = await sealBound((text) => cipher.encrypt(text), canonicalReference(reference), identity, 'reference');
      if (sealed.ok) states.set(stateKey(sealed.value, { ...identity, secretReference: reference }), 'set');
      return sealed.ok ? sealed : fail({ ...sealed.error, field: 'secretReference' });
    },
    state,
    async states(all) {
      const known = all.map(knownState);
      const unknown = all.filter((_, index) => known[index] === undefined);
      if (unknown.length === 0) return known as SecretState[];
      const found = new Map(await Promise.all(unknown.map(async (loaded) => [loaded, await state(loaded)] as const)));
      return all.map((loaded, index) => known[index] ?? found.get(loaded)!);
    },
    async rebind(loaded, identity) {
      const opened = await unseal(loaded);
      if (!opened.ok) return null;
      // The same secret (or reference), already saved in this form: no consent is asked again (sealSecret would ask), nothing new is exposed.
      const sealed = await sealBound((text) => cipher.encrypt(text), opened.value.value, identity, sourceOf(loaded.profile).purpose);
      if (sealed.ok) states.set(stateKey(sealed.value, { ...identity, secretReference: loaded.profile.secretReference }), 'set');
      return sealed.ok ? sealed.value : null;
    },
  };
}
