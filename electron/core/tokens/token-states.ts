// What the renderer is told about each profile's token: its lifetime, the last failed attempt, and whether it is on disk.
import type { AppError } from '../../../shared/app-error';
import type { TokenInfo, TokenLifetime } from '../../../shared/token-info';
import type { EmitCoreEvent } from '../events/core-events';
import type { Logger } from '../logger';
import { tokenKeptInMemory, tokenNotSaved } from './token-errors';
import type { TokenRepository } from './token-repository';

export interface TokenStates {
  info(profileId: string): TokenInfo;
  /** The held token's lifetime, for the refresh schedule. */
  lifetime(profileId: string): TokenLifetime | null;
  /** A sign-in succeeded: no failure on record, and whatever the last write said is about the old token. */
  succeeded(profileId: string): void;
  failed(profileId: string, failedAt: number, error: AppError): void;
  forget(profileId: string): void;
}

interface TokenStatesDeps {
  readonly tokens: TokenRepository;
  /** Whether the profile is still listed, so no event is sent for one that is gone. */
  readonly listed: (profileId: string) => boolean;
  readonly emit: EmitCoreEvent;
  readonly logger: Logger;
}

export function createTokenStates({ tokens, listed, emit, logger }: TokenStatesDeps): TokenStates {
  const failures = new Map<string, { failedAt: number; error: AppError }>();
  // Tokens handed out but not saved (the write after the answer failed): they work, but would not survive a restart.
  const notSaved = new Set<string>();
  tokens.onWrite((write) => {
    if (!write.ok) logger.error(`tokens: could not save the tokens of ${write.profileIds.length} profile(s)`, write.error);
    for (const profileId of write.profileIds) {
      const wasNotSaved = notSaved.has(profileId);
      if (write.ok) notSaved.delete(profileId);
      else notSaved.add(profileId);
      if (notSaved.has(profileId) !== wasNotSaved && listed(profileId)) emit('tokenChanged', { profileId });
    }
  });

  const lifetime = (profileId: string): TokenLifetime | null => {
    const held = tokens.get(profileId);
    return held ? { obtainedAt: held.obtainedAt, expiresAt: held.expiresAt } : null;
  };

  return {
    lifetime,
    info(profileId) {
      const held = lifetime(profileId);
      const failure = failures.get(profileId);
      if (failure) return { state: 'failed', ...failure, previous: held };
      if (!held) return { state: 'none' };
      // Held in memory only (no keyring, no consent) or not written (the disk refused): it works, but not after a restart.
      const saveError = tokens.inMemoryOnly(profileId) ? tokenKeptInMemory() : notSaved.has(profileId) ? tokenNotSaved() : undefined;
      return saveError ? { state: 'issued', ...held, saveError } : { state: 'issued', ...held };
    },
    succeeded(profileId) {
      failures.delete(profileId);
      notSaved.delete(profileId);
    },
    failed(profileId, failedAt, error) {
      failures.set(profileId, { failedAt, error });
    },
    forget(profileId) {
      failures.delete(profileId);
      notSaved.delete(profileId);
    },
  };
}
