// Fetches, keeps and copies tokens: the one place that decides whether a held token is good enough to hand out.
import type { ActivityEvent } from '../../../shared/activity';
import type { AppError } from '../../../shared/app-error';
import { hasMargin } from '../../../shared/expiry';
import { fail, ok, type Result } from '../../../shared/result';
import type { TokenInfo, TokenLifetime } from '../../../shared/token-info';
import type { ActivityLog } from '../activity/activity-log';
import type { EventEmitter } from '../ipc/ipc-router';
import type { Logger } from '../logger';
import type { ProfileRepository, StoredProfile } from '../profiles/profile-repository';
import { sameSignInIdentity } from '../profiles/sign-in-identity';
import type { SecretCipher } from '../security/secret-cipher';
import type { CopyFormat } from '../../../shared/copy-format';
import type { ClipboardGuard } from './clipboard-guard';
import { copyText } from './copy-text';
import { grantForStoredProfile } from './grants';
import { changedMeanwhile, noToken, notFound, secretMissing, storageFailure, tokenNotSaved } from './token-errors';
import type { IssuedToken, TokenClient, TokenGrant } from './token-client';
import type { StoredToken, TokenRepository } from './token-repository';

export interface CopyOutcome {
  readonly expiresAt: number | null;
  readonly renewed: boolean;
  /** Renewal failed, so the still-valid older token was copied instead; this says why. */
  readonly renewalError?: AppError;
  /** When the clipboard will be cleared (if it still holds the token then); null: never. */
  readonly clipboardClearsAt: number | null;
}

/** Who asked for a sign-in: recorded in the activity history and used to pick its wording. */
export type RenewTrigger = ActivityEvent['trigger'];

export interface TokenService {
  info(profileId: string): TokenInfo;
  /** The held token's lifetime, for the refresh schedule. */
  lifetime(profileId: string): TokenLifetime | null;
  fetch(profileId: string, trigger?: RenewTrigger): Promise<Result<TokenInfo>>;
  copy(profileId: string, format?: CopyFormat): Promise<Result<CopyOutcome>>;
  /** Signs in with credentials not yet saved, to check them; the token is thrown away. */
  tryCredentials(grant: TokenGrant): Promise<Result<{ expiresAt: number | null }>>;
  /** The held token in clear, for main-side uses only (details, reveal); never sent to the renderer. */
  heldToken(profileId: string): Promise<Result<{ accessToken: string; lifetime: TokenLifetime }>>;
  forget(profileId: string): void;
}

interface TokenServiceDeps {
  readonly profiles: ProfileRepository;
  readonly tokens: TokenRepository;
  readonly cipher: SecretCipher;
  readonly requestToken: TokenClient;
  readonly clipboard: ClipboardGuard;
  /** The format Copy uses when none is asked for (a setting). */
  readonly defaultCopyFormat: () => CopyFormat;
  readonly activity: ActivityLog;
  readonly now: () => number;
  /** The copy margin in ms, read on every copy so a changed setting applies at once. */
  readonly copyMarginMs: () => number;
  readonly emit: EventEmitter;
  readonly logger: Logger;
}

export function createTokenService(deps: TokenServiceDeps): TokenService {
  const { profiles, tokens, cipher, requestToken, clipboard, defaultCopyFormat, activity, now, copyMarginMs, emit, logger } = deps;
  const failures = new Map<string, { failedAt: number; error: AppError }>();
  // Single flight: every caller asking for the same profile while a sign-in runs shares that one request.
  const inFlight = new Map<string, Promise<Result<IssuedToken>>>();

  // Tokens handed out but not saved (the write after the answer failed): they work, but would not survive a restart.
  const notSaved = new Set<string>();
  tokens.onWrite((write) => {
    if (!write.ok) logger.error(`tokens: could not save the tokens of ${write.profileIds.length} profile(s)`, write.error);
    for (const profileId of write.profileIds) {
      const wasNotSaved = notSaved.has(profileId);
      if (write.ok) notSaved.delete(profileId);
      else notSaved.add(profileId);
      if (notSaved.has(profileId) !== wasNotSaved && profiles.get(profileId)) emit('tokenChanged', { profileId });
    }
  });

  // A token from a previous run is worth keeping only while it is still valid and we know until when.
  for (const [profileId, held] of tokens.entries()) {
    if (held.expiresAt === null || held.expiresAt <= now()) tokens.remove(profileId);
  }

  const lifetime = (profileId: string): TokenLifetime | null => {
    const held = tokens.get(profileId);
    return held ? { obtainedAt: held.obtainedAt, expiresAt: held.expiresAt } : null;
  };

  const info = (profileId: string): TokenInfo => {
    const held = lifetime(profileId);
    const failure = failures.get(profileId);
    if (failure) return { state: 'failed', ...failure, previous: held };
    if (!held) return { state: 'none' };
    return notSaved.has(profileId) ? { state: 'issued', ...held, saveError: tokenNotSaved() } : { state: 'issued', ...held };
  };

  const signIn = async (profile: StoredProfile): Promise<Result<IssuedToken>> => {
    if (profile.encryptedSecret === null) return fail(secretMissing(profile));
    // The ciphertext this sign-in is for; if the profile's changes while we wait (a new secret, a new server), the token is not its.
    let encryptedSecret = profile.encryptedSecret;
    const secret = await cipher.decryptAndReseal(encryptedSecret, (resealed) => {
      const previous = encryptedSecret;
      encryptedSecret = resealed;
      profiles.update(profile.id, (current) => (current.encryptedSecret === previous ? { ...current, encryptedSecret: resealed } : current));
    });
    if (!secret.ok) return secret;
    const issued = await requestToken(grantForStoredProfile(profile, secret.value));
    if (!issued.ok) return issued;
    const sealed = await sealToken(issued.value);
    if (!sealed.ok) return sealed;
    // The profile may have been deleted, or pointed elsewhere, while we waited for Butlr: then the token has no home.
    const current = profiles.get(profile.id);
    if (!current) return fail(notFound());
    if (current.encryptedSecret !== encryptedSecret) return fail(secretMissing(current));
    if (!sameSignInIdentity(current, profile)) return fail(changedMeanwhile());
    tokens.put(profile.id, sealed.value);
    return issued;
  };

  const sealToken = async (issued: IssuedToken): Promise<Result<StoredToken>> => {
    const [access, refresh, id] = await Promise.all([
      cipher.encrypt(issued.accessToken),
      issued.refreshToken ? cipher.encrypt(issued.refreshToken) : null,
      issued.idToken ? cipher.encrypt(issued.idToken) : null,
    ]);
    for (const sealed of [access, refresh, id]) if (sealed && !sealed.ok) return sealed;
    return ok({
      encryptedAccessToken: (access as { value: string }).value,
      obtainedAt: issued.obtainedAt,
      expiresAt: issued.expiresAt,
      ...(refresh?.ok ? { encryptedRefreshToken: refresh.value } : {}),
      ...(id?.ok ? { encryptedIdToken: id.value } : {}),
    });
  };

  const renew = (profileId: string, trigger: RenewTrigger): Promise<Result<IssuedToken>> => {
    const running = inFlight.get(profileId);
    if (running) return running;
    const profile = profiles.get(profileId);
    if (!profile) return Promise.resolve(fail(notFound()));
    const settle = (result: Result<IssuedToken>): Result<IssuedToken> => {
      inFlight.delete(profileId);
      if (!profiles.get(profileId)) return result;
      if (result.ok) {
        failures.delete(profileId);
        // A new token, with its own write just scheduled: whatever the last write said is about the old one.
        notSaved.delete(profileId);
        activity.record(profileId, { at: now(), kind: trigger === 'manual' ? 'fetched' : 'renewed', trigger });
        logger.info(`tokens: ${trigger} sign-in succeeded for profile ${profileId}`);
      } else {
        failures.set(profileId, { failedAt: now(), error: result.error });
        activity.record(profileId, { at: now(), kind: 'failed', trigger, code: result.error.code });
        logger.warn(`tokens: ${trigger} sign-in failed for profile ${profileId}: ${result.error.code}`);
      }
      emit('tokenChanged', { profileId });
      return result;
    };
    const attempt = signIn(profile)
      .catch((error: unknown): Result<IssuedToken> => {
        logger.error(`tokens: the sign-in for profile ${profileId} threw`, error);
        return fail(storageFailure());
      })
      .then(settle);
    inFlight.set(profileId, attempt);
    return attempt;
  };

  const heldToken: TokenService['heldToken'] = async (profileId) => {
    const held = tokens.get(profileId);
    if (!held) return fail(noToken());
    const decrypted = await cipher.decryptAndReseal(held.encryptedAccessToken, (resealed) => tokens.put(profileId, { ...held, encryptedAccessToken: resealed }));
    if (!decrypted.ok) return decrypted;
    return ok({ accessToken: decrypted.value, lifetime: { obtainedAt: held.obtainedAt, expiresAt: held.expiresAt } });
  };

  /** The held token if it is valid at all (`marginMs` 0) or for at least the margin, and decrypts. */
  const usableHeldToken = async (profileId: string, marginMs: number): Promise<{ accessToken: string; expiresAt: number | null } | null> => {
    const held = tokens.get(profileId);
    // A token of unknown expiry is never "usable as held": it is renewed on every copy.
    if (!held || !hasMargin(held.expiresAt, now(), Math.max(marginMs, 1))) return null;
    const decrypted = await heldToken(profileId);
    return decrypted.ok ? { accessToken: decrypted.value.accessToken, expiresAt: decrypted.value.lifetime.expiresAt } : null;
  };

  const copyToClipboard = async (profileId: string, accessToken: string, format: CopyFormat): Promise<number | null> => {
    const baseUrl = profiles.get(profileId)?.baseUrl ?? '';
    const clearsAt = await clipboard.put(copyText(format, accessToken, baseUrl));
    activity.record(profileId, { at: now(), kind: 'copied', trigger: 'manual' });
    emit('tokenChanged', { profileId });
    return clearsAt;
  };

  return {
    info,
    lifetime,
    heldToken,
    async fetch(profileId, trigger = 'manual') {
      const result = await renew(profileId, trigger);
      return result.ok ? ok(info(profileId)) : fail(result.error);
    },
    async copy(profileId, format = defaultCopyFormat()) {
      if (!profiles.get(profileId)) return fail(notFound());
      const held = await usableHeldToken(profileId, copyMarginMs());
      if (held) {
        const clipboardClearsAt = await copyToClipboard(profileId, held.accessToken, format);
        return ok({ expiresAt: held.expiresAt, renewed: false, clipboardClearsAt });
      }
      const fresh = await renew(profileId, 'copy');
      if (fresh.ok) {
        const clipboardClearsAt = await copyToClipboard(profileId, fresh.value.accessToken, format);
        return ok({ expiresAt: fresh.value.expiresAt, renewed: true, clipboardClearsAt });
      }
      // Renewal failed: an older token inside the margin still beats no token, as long as it has not expired.
      const fallback = await usableHeldToken(profileId, 0);
      if (!fallback) return fail(fresh.error);
      const clipboardClearsAt = await copyToClipboard(profileId, fallback.accessToken, format);
      return ok({ expiresAt: fallback.expiresAt, renewed: false, renewalError: fresh.error, clipboardClearsAt });
    },
    async tryCredentials(grant) {
      const issued = await requestToken(grant);
      return issued.ok ? ok({ expiresAt: issued.value.expiresAt }) : issued;
    },
    forget(profileId) {
      tokens.remove(profileId);
      failures.delete(profileId);
      notSaved.delete(profileId);
      activity.remove(profileId);
    },
  };
}
