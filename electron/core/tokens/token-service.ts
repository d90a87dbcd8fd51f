// Fetches, keeps and copies tokens: the one place that decides whether a held token is good enough to hand out.
import type { ActivityEvent } from '../../../shared/activity';
import type { AppError } from '../../../shared/app-error';
import { hasMargin } from '../../../shared/expiry';
import { fail, ok, type Result } from '../../../shared/result';
import type { TokenInfo, TokenLifetime } from '../../../shared/token-info';
import type { ActivityLog } from '../activity/activity-log';
import type { EmitCoreEvent } from '../events/core-events';
import type { Logger } from '../logger';
import { profileNotFound } from '../profiles/profile-errors';
import type { LoadedProfile, ProfileRepository, StoredProfile } from '../profiles/profile-repository';
import { sameSignInIdentity, signInIdentityOf } from '../profiles/sign-in-identity';
import type { ProfileSecrets } from '../profiles/profile-secrets';
import type { SecretCipher } from '../security/secret-cipher';
import type { SealCheck } from '../security/secret-sealer';
import type { CopyFormat } from '../../../shared/copy-format';
import type { ClipboardGuard } from './clipboard-guard';
import { copyText } from './copy-text';
import { grantForStoredProfile } from './grants';
import { createHeldTokens } from './held-tokens';
import { createTestedTokens } from './tested-tokens';
import { changedMeanwhile, forProfile, storageFailure } from './token-errors';
import { createTokenStates } from './token-states';
import type { IssuedToken, TokenClient, TokenGrant } from './token-client';
import type { TimerPort } from './refresh-scheduler';
import { createRetryWhenAsked } from './retry-when-asked';
import type { TokenRepository } from './token-repository';

export interface CopyOutcome {
  readonly expiresAt: number | null;
  readonly renewed: boolean;
  /** Renewal failed, so the still-valid older token was copied instead; this says why. */
  readonly renewalError?: AppError;
  /** When the clipboard will be cleared (if it still holds the token then); null: never. */
  readonly clipboardClearsAt: number | null;
}

/** A token for a script: the access token alone, when it expires, and the server it is for. */
export interface HandedOutToken {
  readonly accessToken: string;
  readonly expiresAt: number | null;
  readonly baseUrl: string;
}

/** A sign-in's token with the profile it was issued for, as read when the sign-in began. */
interface SignedIn {
  readonly token: IssuedToken;
  readonly profile: StoredProfile;
}

/** Who asked for a sign-in: recorded in the activity history and used to pick its wording. */
export type RenewTrigger = ActivityEvent['trigger'];

export interface TokenService {
  info(profileId: string): TokenInfo;
  /** The held token's lifetime, for the refresh schedule. */
  lifetime(profileId: string): TokenLifetime | null;
  fetch(profileId: string, trigger?: RenewTrigger): Promise<Result<TokenInfo>>;
  copy(profileId: string, format?: CopyFormat): Promise<Result<CopyOutcome>>;
  /**
   * A token with at least `minValidityMs` left, signing in first when the held one has less; for `butlr-cred`, never the
   * clipboard. Unlike a copy it never falls back to an older token with less left than was asked for.
   */
  handOut(profileId: string, minValidityMs: number): Promise<Result<HandedOutToken>>;
  /**
   * Signs in with credentials not yet saved, to check them. The token stays in main, sealed, for a short while under
   * `testedToken` (null when it cannot be kept), so that saving these same credentials keeps it (keepTested). `testedAs`:
   * what a save must match instead of `grant` (a reference tested, rather than the secret it answered).
   */
  tryCredentials(grant: TokenGrant, testedAs?: TokenGrant): Promise<Result<{ expiresAt: number | null; testedToken: string | null }>>;
  /**
   * Gives a profile just saved the token a Test fetched, if `handle` names one fetched with exactly `credentials` (the
   * profile's kind, base URL, fields and secret as saved) that is still fresh and unused; otherwise nothing happens, and
   * the profile simply has no token yet. Returns whether it kept one.
   */
  keepTested(profileId: string, handle: string, credentials: TokenGrant): Promise<boolean>;
  /** The held token in clear, for main-side uses only (details, reveal); never sent to the renderer. */
  heldToken(profileId: string): Promise<Result<{ accessToken: string; lifetime: TokenLifetime }>>;
  forget(profileId: string): void;
  /** After profiles changed: a planned retry of a profile that went, or whose sign-in changed, is dropped. */
  dropStaleRetries(): void;
  /** Stops the planned retries' timers. */
  dispose(): void;
}

interface TokenServiceDeps {
  readonly profiles: ProfileRepository;
  readonly secrets: ProfileSecrets;
  readonly tokens: TokenRepository;
  readonly cipher: SecretCipher;
  /** Whether a secret may be saved now (weak-keyring consent); a token is written to disk under the same rule. */
  readonly sealCheck: SealCheck;
  readonly requestToken: TokenClient;
  readonly clipboard: ClipboardGuard;
  /** The format Copy uses when none is asked for (a setting). */
  readonly defaultCopyFormat: () => CopyFormat;
  readonly activity: ActivityLog;
  readonly now: () => number;
  /** For the retry a person waiting for a token gets when Butlr asks to come back later (retry-when-asked.ts). */
  readonly timers: TimerPort;
  /** The copy margin in ms, read on every copy so a changed setting applies at once. */
  readonly copyMarginMs: () => number;
  readonly emit: EmitCoreEvent;
  readonly logger: Logger;
}

export function createTokenService(deps: TokenServiceDeps): TokenService {
  const { profiles, secrets, tokens, requestToken, clipboard, defaultCopyFormat, activity, now, copyMarginMs, emit, logger } = deps;
  const held = createHeldTokens({ profiles, tokens, cipher: deps.cipher, sealCheck: deps.sealCheck, secrets, logger });
  const states = createTokenStates({ tokens, listed: (profileId) => profiles.get(profileId) !== undefined, emit, logger });
  const tested = createTestedTokens({ now });
  // Single flight: every caller asking for the same profile while a sign-in runs shares that one request.
  const inFlight = new Map<string, Promise<Result<SignedIn>>>();
  const retries = createRetryWhenAsked({
    timers: deps.timers,
    now,
    retry: (profileId) => void renew(profileId, 'retry'),
    revisionOf: (profileId) => profiles.load(profileId)?.revision ?? null,
    logger,
  });
  /** A failure as a person reads it anywhere (a toast, the tray, the row): it starts with the profile's name, as it is now. */
  const named = (profileId: string, error: AppError): AppError => {
    const profile = profiles.get(profileId);
    return profile ? forProfile(profile.name, error) : error;
  };

  // A token from a previous run is worth keeping only while it is still valid and we know until when.
  for (const [profileId, stored] of tokens.entries()) {
    if (stored.expiresAt === null || stored.expiresAt <= now()) tokens.remove(profileId);
  }

  /** Why a write derived from `revision` of the profile must not happen now: it went, or its identity or secret changed. */
  const staleness = (profileId: string, revision: number): AppError | null => {
    const current = profiles.load(profileId);
    if (!current) return profileNotFound();
    if (current.revision === revision) return null;
    return current.profile.encryptedSecret === null ? secrets.whyMissing(current.profile) : changedMeanwhile();
  };

  // The profile is read once, as `loaded`; everything after an await checks it is still at that revision before acting on it.
  const signIn = async (loaded: LoadedProfile): Promise<Result<SignedIn>> => {
    const { profile } = loaded;
    // Refuses a damaged profile, a missing secret, and one sealed for another server or identity.
    const secret = await secrets.open(loaded);
    if (!secret.ok) return secret;
    const revision = secret.value.revision;
    const changedWhileDecrypting = staleness(profile.id, revision);
    if (changedWhileDecrypting) return fail(changedWhileDecrypting);
    let issued = await requestToken(grantForStoredProfile(profile, secret.value.secret));
    // A secret read from a secret manager may have been rotated since: read it once more, and try once more if it changed.
    if (!issued.ok && issued.error.code === 'rejected_credentials' && secret.value.readsAgain) {
      const again = await secrets.open(loaded);
      if (!again.ok) return again;
      const changedWhileReading = staleness(profile.id, revision);
      if (changedWhileReading) return fail(changedWhileReading);
      if (again.value.secret !== secret.value.secret) issued = await requestToken(grantForStoredProfile(profile, again.value.secret));
    }
    if (!issued.ok) return issued;
    const sealed = await held.seal(issued.value, profile);
    if (!sealed.ok) return sealed;
    // The profile may have been deleted, or pointed elsewhere, while we waited for Butlr: then the token has no home.
    const changedWhileSigningIn = staleness(profile.id, revision);
    if (changedWhileSigningIn) return fail(changedWhileSigningIn);
    tokens.put(profile.id, sealed.value.token, sealed.value.persist);
    return ok({ token: issued.value, profile });
  };

  const renew = (profileId: string, trigger: RenewTrigger): Promise<Result<SignedIn>> => {
    const running = inFlight.get(profileId);
    if (running) return running;
    const loaded = profiles.load(profileId);
    if (!loaded) return Promise.resolve(fail(profileNotFound()));
    const settle = (result: Result<SignedIn>): Result<SignedIn> => {
      inFlight.delete(profileId);
      if (!profiles.get(profileId)) return result;
      if (result.ok) {
        states.succeeded(profileId);
        retries.succeeded(profileId);
        activity.record(profileId, { at: now(), kind: trigger === 'manual' ? 'fetched' : 'renewed', trigger });
        logger.info(`tokens: ${trigger} sign-in succeeded for profile ${profileId}`);
      } else {
        states.failed(profileId, now(), result.error);
        retries.failed(profileId, result.error, loaded.revision, trigger === 'auto');
        activity.record(profileId, { at: now(), kind: 'failed', trigger, code: result.error.code });
        logger.warn(`tokens: ${trigger} sign-in failed for profile ${profileId}: ${result.error.code}`);
      }
      emit('tokenChanged', { profileId });
      return result;
    };
    const attempt = signIn(loaded)
      .catch((error: unknown): Result<SignedIn> => {
        logger.error(`tokens: the sign-in for profile ${profileId} threw`, error);
        return fail(storageFailure());
      })
      .then(settle);
    inFlight.set(profileId, attempt);
    return attempt;
  };

  const heldToken: TokenService['heldToken'] = async (profileId) => {
    const loaded = profiles.load(profileId);
    if (!loaded) return fail(profileNotFound());
    const opened = await held.open(loaded);
    return opened.ok ? opened : fail(named(profileId, opened.error));
  };

  const info = (profileId: string): TokenInfo => {
    const known = states.info(profileId);
    if (known.state !== 'failed') return known;
    const retryAt = retries.retryAt(profileId);
    return { ...known, error: named(profileId, known.error), ...(retryAt === null ? {} : { retryAt }) };
  };

  /** The held token if it is valid at all (`marginMs` 0) or for at least the margin, and was issued for the profile as loaded. */
  const usableHeldToken = async (loaded: LoadedProfile, marginMs: number): Promise<{ accessToken: string; expiresAt: number | null } | null> => {
    const stored = tokens.get(loaded.profile.id);
    // A token of unknown expiry is never "usable as held": it is renewed on every copy.
    if (!stored || !hasMargin(stored.expiresAt, now(), Math.max(marginMs, 1))) return null;
    const opened = await held.open(loaded);
    return opened.ok ? { accessToken: opened.value.accessToken, expiresAt: opened.value.lifetime.expiresAt } : null;
  };

  /** `baseUrl` is the one the token was issued for, read with it: never re-read after an await. */
  const copyToClipboard = async (profileId: string, accessToken: string, baseUrl: string, format: CopyFormat): Promise<number | null> => {
    const clearsAt = await clipboard.put(copyText(format, accessToken, baseUrl));
    activity.record(profileId, { at: now(), kind: 'copied', trigger: 'manual' });
    emit('tokenChanged', { profileId });
    return clearsAt;
  };

  return {
    info,
    lifetime: states.lifetime,
    heldToken,
    async fetch(profileId, trigger = 'manual') {
      if (trigger === 'manual') retries.asked(profileId);
      const result = await renew(profileId, trigger);
      return result.ok ? ok(info(profileId)) : fail(named(profileId, result.error));
    },
    async copy(profileId, format = defaultCopyFormat()) {
      const loaded = profiles.load(profileId);
      if (!loaded) return fail(profileNotFound());
      if (loaded.damage) return fail(named(profileId, loaded.damage));
      retries.asked(profileId);
      const usable = await usableHeldToken(loaded, copyMarginMs());
      if (usable) {
        const clipboardClearsAt = await copyToClipboard(profileId, usable.accessToken, loaded.profile.baseUrl, format);
        return ok({ expiresAt: usable.expiresAt, renewed: false, clipboardClearsAt });
      }
      const fresh = await renew(profileId, 'copy');
      if (fresh.ok) {
        const clipboardClearsAt = await copyToClipboard(profileId, fresh.value.token.accessToken, fresh.value.profile.baseUrl, format);
        return ok({ expiresAt: fresh.value.token.expiresAt, renewed: true, clipboardClearsAt });
      }
      // Renewal failed: an older token inside the margin still beats no token, as long as it has not expired.
      const reloaded = profiles.load(profileId);
      const fallback = reloaded ? await usableHeldToken(reloaded, 0) : null;
      if (!reloaded || !fallback) return fail(named(profileId, fresh.error));
      const clipboardClearsAt = await copyToClipboard(profileId, fallback.accessToken, reloaded.profile.baseUrl, format);
      return ok({ expiresAt: fallback.expiresAt, renewed: false, renewalError: named(profileId, fresh.error), clipboardClearsAt });
    },
    async handOut(profileId, minValidityMs) {
      const loaded = profiles.load(profileId);
      if (!loaded) return fail(profileNotFound());
      if (loaded.damage) return fail(loaded.damage);
      const usable = await usableHeldToken(loaded, minValidityMs);
      if (usable) return ok({ accessToken: usable.accessToken, expiresAt: usable.expiresAt, baseUrl: loaded.profile.baseUrl });
      const fresh = await renew(profileId, 'script');
      if (!fresh.ok) return fresh;
      return ok({ accessToken: fresh.value.token.accessToken, expiresAt: fresh.value.token.expiresAt, baseUrl: fresh.value.profile.baseUrl });
    },
    async tryCredentials(grant, testedAs = grant) {
      const issued = await requestToken(grant);
      if (!issued.ok) return issued;
      // Sealed for the identity it was issued to, like any held token; only a digest of the credentials is kept beside it.
      const sealed = await held.seal(issued.value, signInIdentityOf(grant));
      const testedToken = sealed.ok ? tested.keep(testedAs, sealed.value.token) : null;
      return ok({ expiresAt: issued.value.expiresAt, testedToken });
    },
    async keepTested(profileId, handle, credentials) {
      const token = tested.claim(handle, credentials);
      if (!token) return false;
      // Written to disk under the same rule as any token, asked now: consent may have been given since the Test.
      const allowed = await deps.sealCheck();
      // The token is sealed for `credentials`; it belongs to the profile only while the profile still signs in as them.
      const current = profiles.get(profileId);
      if (!current || !sameSignInIdentity(current, credentials) || inFlight.has(profileId)) return false;
      tokens.put(profileId, token, allowed.ok);
      states.succeeded(profileId);
      activity.record(profileId, { at: now(), kind: 'fetched', trigger: 'manual' });
      logger.info(`tokens: kept the tested token for profile ${profileId}`);
      emit('tokenChanged', { profileId });
      return true;
    },
    forget(profileId) {
      tokens.remove(profileId);
      states.forget(profileId);
      retries.forget(profileId);
      activity.remove(profileId);
    },
    dropStaleRetries: retries.dropStale,
    dispose: retries.stop,
  };
}
