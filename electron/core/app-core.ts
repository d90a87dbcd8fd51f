// Wires the feature modules together from injected ports. Runs the same under Electron, in Node tests and behind Chromium.
import { createEventEmitter, createIpcRouter, type IpcMainLike, type IpcRouter, type IpcSenderEvent } from './ipc/ipc-router';
import type { Logger } from './logger';
import { registerProfileHandlers } from './profiles/profile-handlers';
import { createProfileRepository, type ProfilesFile } from './profiles/profile-repository';
import { createProfileService, type ProfileService } from './profiles/profile-service';
import { createSecretCipher, type SafeStorageLike } from './security/secret-cipher';
import { registerSecurityHandlers } from './security/security-handlers';
import type { KeyValueStore } from './storage/key-value-store';
import { createTokenClient, type FetchLike } from './tokens/token-client';
import { registerTokenHandlers } from './tokens/token-handlers';
import { createTokenRepository, type TokensFile } from './tokens/token-repository';
import { createTokenService, type ClipboardPort, type TokenService } from './tokens/token-service';

export interface AppCoreDeps {
  readonly ipcMain: IpcMainLike;
  readonly isTrustedSender: (event: IpcSenderEvent) => boolean;
  /** Delivers a main → renderer event to the window. */
  readonly send: (channel: string, payload: unknown) => void;
  readonly fetch: FetchLike;
  readonly safeStorage: SafeStorageLike;
  readonly platform: NodeJS.Platform;
  readonly clipboard: ClipboardPort;
  readonly profilesStore: KeyValueStore<ProfilesFile>;
  readonly tokensStore: KeyValueStore<TokensFile>;
  readonly now: () => number;
  readonly newId: () => string;
  readonly logger: Logger;
  readonly requestTimeoutMs?: number;
}

export interface AppCore {
  readonly router: IpcRouter;
  readonly profiles: ProfileService;
  readonly tokens: TokenService;
}

export function createAppCore(deps: AppCoreDeps): AppCore {
  const { now, logger } = deps;
  const emit = createEventEmitter(deps.send);
  const router = createIpcRouter({ ipcMain: deps.ipcMain, isTrustedSender: deps.isTrustedSender, logger });
  const cipher = createSecretCipher(deps.safeStorage, deps.platform);
  const profileRepository = createProfileRepository(deps.profilesStore);
  const requestToken = createTokenClient({ fetch: deps.fetch, now, ...(deps.requestTimeoutMs ? { timeoutMs: deps.requestTimeoutMs } : {}) });
  const tokens = createTokenService({
    profiles: profileRepository,
    tokens: createTokenRepository(deps.tokensStore),
    cipher,
    requestToken,
    clipboard: deps.clipboard,
    now,
    emit,
    logger,
  });
  const profiles = createProfileService({ profiles: profileRepository, tokens, cipher, now, newId: deps.newId, emit, logger });

  registerProfileHandlers(router, profiles);
  registerTokenHandlers(router, tokens);
  registerSecurityHandlers(router, cipher);
  return { router, profiles, tokens };
}
