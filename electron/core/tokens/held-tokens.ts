// The token each profile holds: sealed with the sign-in identity it was issued for, handed out only for that identity, and
// written to disk only where tokens may be (not under a keyring-less backend without the person's consent).
import { fail, ok, type Result } from '../../../shared/result';
import type { TokenLifetime } from '../../../shared/token-info';
import type { Logger } from '../logger';
import type { LoadedProfile, ProfileRepository } from '../profiles/profile-repository';
import type { ProfileSecrets } from '../profiles/profile-secrets';
import type { SignInIdentity } from '../profiles/sign-in-identity';
import { bindUnbound, isUnbound, openBound, sealBound, serverChanged, type Opened } from '../security/bound-value';
import type { SecretCipher } from '../security/secret-cipher';
import type { SealCheck } from '../security/secret-sealer';
import type { IssuedToken } from './token-client';
import { changedMeanwhile, noToken } from './token-errors';
import type { StoredToken, TokenRepository } from './token-repository';

export interface HeldToken {
  readonly accessToken: string;
  readonly lifetime: TokenLifetime;
}

export interface HeldTokens {
  /** Seals a token just issued for `identity`, and says whether it may be written to disk. */
  seal(issued: IssuedToken, identity: SignInIdentity): Promise<Result<{ token: StoredToken; persist: boolean }>>;
  /**
   * The held token in clear, if it was issued for the profile as loaded and the profile did not change while it was
   * decrypted. A token issued for another identity is dropped, never handed out. A replacement ciphertext (under a
   * rotated key, or bound for the first time) is saved only if neither the token nor the profile changed meanwhile.
   */
  open(loaded: LoadedProfile): Promise<Result<HeldToken>>;
}

interface HeldTokensDeps {
  readonly profiles: ProfileRepository;
  readonly tokens: TokenRepository;
  readonly cipher: SecretCipher;
  /** Whether a secret may be saved now; the same rule decides whether a token may be. */
  readonly sealCheck: SealCheck;
  /** A token the migration marked is bound only to an identity the profile's secret opens for. */
  readonly secrets: ProfileSecrets;
  readonly logger: Logger;
}

export function createHeldTokens({ profiles, tokens, cipher, sealCheck, secrets, logger }: HeldTokensDeps): HeldTokens {
  /**
   * A token the migration marked, bound to the profile as loaded if its secret (bound at the first listing after the
   * migration) opens for the same identity; `revision` is the profile's revision after the secret was opened.
   */
  const bindMigrated = async (loaded: LoadedProfile, stored: string): Promise<Result<Opened & { revision: number }>> => {
    // Only whether the sealed secret (or confirmed reference) opens: a reference's command is never run for this.
    const secret = await secrets.opens(loaded);
    // Not readable here and now (or not yet: the keyring is locked): neither is the token, but it may be later, so it is
    // kept. Anything else: it belongs elsewhere.
    if (!secret.ok) return fail(secret.error.code === 'secret_unreadable' || secret.error.code === 'keyring_unavailable' ? secret.error : serverChanged());
    const bound = await bindUnbound(cipher, stored, loaded.profile, 'token');
    return bound.ok ? ok({ ...bound.value, revision: secret.value.revision }) : bound;
  };
  const openStored = async (loaded: LoadedProfile, stored: string): Promise<Result<Opened & { revision: number }>> => {
    if (isUnbound(stored)) return bindMigrated(loaded, stored);
    const opened = await openBound(cipher, stored, loaded.profile, 'token');
    return opened.ok ? ok({ ...opened.value, revision: loaded.revision }) : opened;
  };

  return {
    async seal(issued, identity) {
      const [sealed, allowed] = await Promise.all([sealBound((text) => cipher.encrypt(text), issued.accessToken, identity, 'token'), sealCheck()]);
      if (!sealed.ok) return sealed;
      return ok({ token: { encryptedAccessToken: sealed.value, obtainedAt: issued.obtainedAt, expiresAt: issued.expiresAt }, persist: allowed.ok });
    },
    async open(loaded) {
      const { id } = loaded.profile;
      const held = tokens.get(id);
      if (!held) return fail(noToken());
      if (loaded.damage) return fail(loaded.damage);
      const opened = await openStored(loaded, held.encryptedAccessToken);
      if (!opened.ok && opened.error.code === 'server_changed') {
        logger.warn(`tokens: the held token of profile ${id} was issued for another server or identity; dropped`);
        if (tokens.get(id) === held) tokens.remove(id);
        return fail(noToken());
      }
      if (!opened.ok) return opened;
      if (profiles.load(id)?.revision !== opened.value.revision) return fail(changedMeanwhile());
      // Removed while it was decrypted (the profile was edited or deleted): it is no longer this profile's to hand out.
      if (!tokens.get(id)) return fail(noToken());
      const { value, replacement } = opened.value;
      if (replacement !== null) tokens.replaceIf(id, held, { ...held, encryptedAccessToken: replacement });
      return ok({ accessToken: value, lifetime: { obtainedAt: held.obtainedAt, expiresAt: held.expiresAt } });
    },
  };
}
