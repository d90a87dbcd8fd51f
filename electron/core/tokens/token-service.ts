// Fetches, keeps and copies tokens: the one place that decides whether a held token is good enough to hand out.
import { appError, type AppError } from '../../../shared/app-error';
import { COPY_MARGIN_MS, hasMargin } from '../../../shared/expiry';
import { fail, ok, type Result } from '../../../shared/result';
import type { TokenInfo } from '../../../shared/token-info';
import type { EventEmitter } from '../ipc/ipc-router';
import type { Logger } from '../logger';
import type { ProfileRepository, StoredProfile } from '../profiles/profile-repository';
import type { SecretCipher } from '../security/secret-cipher';
import type { IssuedToken, TokenClient, TokenGrant } from './token-client';
import type { TokenRepository } from './token-repository';

/** The clipboard port: Electron's `clipboard` in the app, a recorder in tests. */
export interface ClipboardPort {
  writeText(text: string): void;
}

export interface CopyOutcome {
  readonly expiresAt: number;
  readonly renewed: boolean;
}

export interface TokenService {
  info(profileId: string): TokenInfo;
  fetch(profileId: string): Promise<Result<TokenInfo>>;
  copy(profileId: string): Promise<Result<CopyOutcome>>;
  forget(profileId: string): void;
}

interface TokenServiceDeps {
  readonly profiles: ProfileRepository;
  readonly tokens: TokenRepository;
  readonly cipher: SecretCipher;
  readonly requestToken: TokenClient;
  readonly clipboard: ClipboardPort;
  readonly now: () => number;
  readonly emit: EventEmitter;
  readonly logger: Logger;
  readonly copyMarginMs?: number;
}

const storageFailure = (): AppError =>
  appError('storage', 'The token could not be saved to disk. Check that the data folder is writable and has free space, then try again.');
const notFound = (): AppError => appError('not_found', 'That profile no longer exists. It may have been deleted in another window.');

export function createTokenService(deps: TokenServiceDeps): TokenService {
  const { profiles, tokens, cipher, requestToken, clipboard, now, emit, logger, copyMarginMs = COPY_MARGIN_MS } = deps;
  const failures = new Map<string, { failedAt: number; error: AppError }>();
  // Single flight: every caller asking for the same profile while a sign-in runs shares that one request.
  const inFlight = new Map<string, Promise<Result<IssuedToken>>>();

  const info = (profileId: string): TokenInfo => {
    const held = tokens.get(profileId);
    const lifetime = held ? { obtainedAt: held.obtainedAt, expiresAt: held.expiresAt } : null;
    const failure = failures.get(profileId);
    if (failure) return { state: 'failed', ...failure, previous: lifetime };
    return lifetime ? { state: 'issued', ...lifetime } : { state: 'none' };
  };

  const signIn = async (profile: StoredProfile): Promise<Result<IssuedToken>> => {
    const secret = await cipher.decryptAndReseal(profile.encryptedSecret, (resealed) => profiles.replaceSecret(profile.id, resealed));
    if (!secret.ok) return secret;
    const grant: TokenGrant = { kind: 'client_credentials', baseUrl: profile.baseUrl, clientId: profile.clientId, clientSecret: secret.value, audience: profile.audience };
    const issued = await requestToken(grant);
    if (!issued.ok) return issued;
    const encrypted = await cipher.encrypt(issued.value.accessToken);
    if (!encrypted.ok) return encrypted;
    // The profile may have been deleted while we waited for Butlr; then the token has nowhere to live.
    if (!profiles.get(profile.id)) return fail(notFound());
    tokens.put(profile.id, { encryptedAccessToken: encrypted.value, obtainedAt: issued.value.obtainedAt, expiresAt: issued.value.expiresAt });
    return issued;
  };

  const renew = (profileId: string): Promise<Result<IssuedToken>> => {
    const running = inFlight.get(profileId);
    if (running) return running;
    const profile = profiles.get(profileId);
    if (!profile) return Promise.resolve(fail(notFound()));
    const settle = (result: Result<IssuedToken>): Result<IssuedToken> => {
      inFlight.delete(profileId);
      if (result.ok) {
        failures.delete(profileId);
        logger.info(`tokens: fetched a token for profile ${profileId}`);
      } else if (profiles.get(profileId)) {
        failures.set(profileId, { failedAt: now(), error: result.error });
        logger.warn(`tokens: fetch failed for profile ${profileId}: ${result.error.code}`);
      }
      emit('tokenChanged', { profileId });
      return result;
    };
    const attempt = signIn(profile)
      .catch((error: unknown): Result<IssuedToken> => {
        logger.error(`tokens: could not save a token for profile ${profileId}`, error);
        return fail(storageFailure());
      })
      .then(settle);
    inFlight.set(profileId, attempt);
    return attempt;
  };

  /** The held token if it has at least the copy margin left and can be decrypted. */
  const usableHeldToken = async (profileId: string): Promise<{ accessToken: string; expiresAt: number } | null> => {
    const held = tokens.get(profileId);
    if (!held || !hasMargin(held.expiresAt, now(), copyMarginMs)) return null;
    const decrypted = await cipher.decryptAndReseal(held.encryptedAccessToken, (resealed) => tokens.put(profileId, { ...held, encryptedAccessToken: resealed }));
    return decrypted.ok ? { accessToken: decrypted.value, expiresAt: held.expiresAt } : null;
  };

  return {
    info,
    async fetch(profileId) {
      const result = await renew(profileId);
      return result.ok ? ok(info(profileId)) : fail(result.error);
    },
    async copy(profileId) {
      if (!profiles.get(profileId)) return fail(notFound());
      const held = await usableHeldToken(profileId);
      const renewed = held === null;
      const result = held ? ok(held) : await renew(profileId);
      if (!result.ok) return result;
      clipboard.writeText(result.value.accessToken);
      return ok({ expiresAt: result.value.expiresAt, renewed });
    },
    forget(profileId) {
      tokens.remove(profileId);
      failures.delete(profileId);
    },
  };
}
