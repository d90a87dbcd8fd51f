// Wires the feature modules together from injected ports. Runs the same under Electron, in Node tests and behind Chromium.
import type { ErrorCode } from '../../shared/app-error';
import type { EncryptionStatus } from '../../shared/encryption-status';
import type { StorageNotice } from '../../shared/storage-notice';
import { registerActivityHandlers } from './activity/activity-handlers';
import type { ChannelLimits } from './cli-channel/channel-connection';
import type { ChannelLocation } from './cli-channel/channel-location';
import { startCliChannel, type ChannelStatus, type CliChannel } from './cli-channel/channel-server';
import { registerDesktopHandlers } from './desktop/desktop-handlers';
import { headlessDesktop, type DesktopPort } from './desktop/desktop-port';
import { createActivityLog, lastHandOutAt, type ActivityFile } from './activity/activity-log';
import type { DialogPort } from './dialog-port';
import { createCoreEvents, type CoreEvents } from './events/core-events';
import { forwardEventsToRenderer } from './events/forward-to-renderer';
import { createIpcRouter, type IpcMainLike, type IpcRouter, type IpcSenderEvent } from './ipc/ipc-router';
import type { Logger } from './logger';
import { registerProfileHandlers } from './profiles/profile-handlers';
import { createScriptAccess, type ScriptAccessService } from './script-access/script-access';
import { registerScriptAccessHandlers } from './script-access/script-access-handlers';
import { createProfileRepository, type ProfilesFile } from './profiles/profile-repository';
import { createProfileSecrets } from './profiles/profile-secrets';
import { spawnCommandRunner, type CommandRunner } from './secret-sources/command-runner';
import { findExecutable, usualInstallPath } from './secret-sources/executable-lookup';
import { createAllowedCommands } from './secret-sources/allowed-commands';
import { createReferenceGate } from './secret-sources/reference-gate';
import { createReferenceResolver } from './secret-sources/reference-resolver';
import { registerSecretSourceHandlers } from './secret-sources/secret-source-handlers';
import { createSecretSources } from './secret-sources/secret-sources';
import { createProfileService, type ProfileService } from './profiles/profile-service';
import { createKeyringWait } from './security/keyring-wait';
import { createSecretCipher, type SafeStorageLike } from './security/secret-cipher';
import { createSealCheck, createSecretSealer } from './security/secret-sealer';
import { registerSecurityHandlers } from './security/security-handlers';
import { registerSettingsHandlers } from './settings/settings-handlers';
import { createSettingsStore, type SettingsFile, type SettingsStore } from './settings/settings-store';
import type { KeyValueStore } from './storage/key-value-store';
import { replanRefreshOnChange } from './tokens/refresh-on-change';
import { createRefreshScheduler, type RefreshScheduler, type TimerPort } from './tokens/refresh-scheduler';
import { createTokenClient, type FetchLike } from './tokens/token-client';
import { registerTokenHandlers } from './tokens/token-handlers';
import { registerTransferHandlers } from './vault/transfer-handlers';
import { createTransferService } from './vault/transfer-service';
import type { TokenFolder } from './tokens/token-folder';
import { createTokenRepository } from './tokens/token-repository';
import { createClipboardGuard, type ClipboardGuard, type ClipboardPort } from './tokens/clipboard-guard';
import { registerClipboardHandlers } from './tokens/clipboard-handlers';
import { createTokenService, type TokenService } from './tokens/token-service';

export interface AppCoreStores {
  readonly profilesStore: KeyValueStore<ProfilesFile>;
  /** Tokens, one file per profile (opened by openTokenFolder, which migrates a tokens.json). */
  readonly tokensStore: TokenFolder;
  readonly settingsStore: KeyValueStore<SettingsFile>;
  readonly activityStore: KeyValueStore<ActivityFile>;
}

export interface AppCoreDeps extends AppCoreStores {
  readonly ipcMain: IpcMainLike;
  readonly isTrustedSender: (event: IpcSenderEvent) => boolean;
  /** Delivers a main → renderer event to the window. */
  readonly send: (channel: string, payload: unknown) => void;
  readonly fetch: FetchLike;
  readonly safeStorage: SafeStorageLike;
  readonly platform: NodeJS.Platform;
  readonly clipboard: ClipboardPort;
  readonly dialogs: DialogPort;
  readonly timers: TimerPort;
  readonly now: () => number;
  readonly random: () => number;
  readonly newId: () => string;
  readonly logger: Logger;
  /** What `prepareStoreFiles` had to move aside before the stores were opened. */
  readonly storageNotices?: readonly StorageNotice[];
  /** The shell's quick switcher and global shortcut; headless (tests, a shell without a desktop) when absent. */
  readonly desktop?: DesktopPort;
  /** Hears the code of every failure answered over IPC or met by a background renewal, for the diagnostics' error tally. */
  readonly onFailure?: (code: ErrorCode) => void;
  /** The app's version, as `butlr-cred` hears it in `hello`. */
  readonly appVersion?: string;
  /** Runs a secret manager's command for a profile whose secret is a reference; spawns it (no shell) when absent. */
  readonly runCommand?: CommandRunner;
  /** The environment a secret manager's command is trimmed from (secret-sources/reference-resolver.ts); the process's when absent. */
  readonly environment?: Readonly<Record<string, string | undefined>>;
}

export interface AppCore {
  readonly router: IpcRouter;
  /** What changed, for whoever follows it: the renderer forwarder, the refresh scheduler, the tray. */
  readonly events: CoreEvents;
  readonly profiles: ProfileService;
  readonly tokens: TokenService;
  readonly settings: SettingsStore;
  readonly scheduler: RefreshScheduler;
  readonly clipboard: ClipboardGuard;
  /** Scripts' access to tokens through `butlr-cred`: grants, the no-asking setting, the channel's state. */
  readonly scripts: ScriptAccessService;
  /** Starts listening for `butlr-cred` at `location`, or finds why it must not; Settings shows the outcome. */
  listenForCli(location: ChannelLocation, limits?: Partial<ChannelLimits>): Promise<ChannelStatus>;
  /** The screen was unlocked or the machine woke: a keyring the secrets were waiting for is asked again now. */
  retryKeyringNow(): void;
  /** How secrets are kept on this machine, as the renderer is told it (for the diagnostics report). */
  encryptionStatus(): Promise<EncryptionStatus>;
  /** Writes what is waiting to be written: tokens and the activity history are saved just after each answer. */
  flushPendingWrites(): void;
  /** Stops every timer, for a clean quit and for tests. */
  dispose(): void;
  /** At quit: clears the clipboard if it still holds our token, then stops every timer. */
  quit(): Promise<void>;
  /**
   * The OS is ending the session (Windows' session-end, where before-quit and will-quit never come; a shutdown elsewhere):
   * everything quit does, synchronously, for nothing after it is sure to run. The clipboard is cleared if our token may be on it.
   */
  endSession(): void;
}

export function createAppCore(deps: AppCoreDeps): AppCore {
  const { now, logger } = deps;
  const events = createCoreEvents(logger);
  const { emit } = events;
  const router = createIpcRouter({ ipcMain: deps.ipcMain, isTrustedSender: deps.isTrustedSender, logger, onFailure: deps.onFailure });
  // A keyring still locked at login: the secrets are read again with backoff (and on unlock), then everyone hears of it.
  const keyringWait = createKeyringWait({
    timers: deps.timers,
    random: deps.random,
    retry: async () => {
      await profiles.list();
      // Read at last: the window, the tray and the schedule pick the secrets up. Still locked: the next try is planned.
      if (!keyringWait.waiting()) emit('profilesChanged', {});
    },
    logger,
  });
  const cipher = createSecretCipher(deps.safeStorage, deps.platform, keyringWait);
  const settings = createSettingsStore(deps.settingsStore);
  const profileRepository = createProfileRepository(deps.profilesStore);
  const activity = createActivityLog(deps.activityStore, (error) => logger.error('activity: could not save the history', error));
  const tokenRepository = createTokenRepository(deps.tokensStore);
  const sealCheck = createSealCheck(cipher, () => settings.get().allowWeakEncryption);
  const executableLookup = { env: deps.environment ?? process.env, platform: deps.platform };
  const localCli = { find: (name: string) => findExecutable(name, executableLookup), usualPath: (name: string) => usualInstallPath(name, executableLookup) };
  const gateReference = createReferenceGate(
    localCli.find,
    (question) => deps.dialogs.confirmCommand(question),
    createAllowedCommands({ now }),
  );
  const references = createReferenceResolver({ run: deps.runCommand ?? spawnCommandRunner, find: localCli.find, env: deps.environment ?? process.env, now, logger });
  const secrets = createProfileSecrets({
    profiles: profileRepository,
    cipher,
    sealSecret: createSecretSealer(cipher, sealCheck),
    sources: createSecretSources(references),
    logger,
  });
  const copyMarginMs = (): number => settings.get().copyMarginSeconds * 1000;
  const clipboard = createClipboardGuard({
    clipboard: deps.clipboard,
    timers: deps.timers,
    now,
    clearAfterMs: () => settings.get().clipboardClearSeconds * 1000,
    onChange: (clearsAt) => emit('clipboardChanged', { clearsAt }),
  });
  const tokens = createTokenService({
    profiles: profileRepository,
    secrets,
    tokens: tokenRepository,
    cipher,
    sealCheck,
    requestToken: createTokenClient({ fetch: deps.fetch, now, timeoutMs: () => settings.get().requestTimeoutSeconds * 1000 }),
    clipboard,
    defaultCopyFormat: () => settings.get().defaultCopyFormat,
    activity,
    now,
    timers: deps.timers,
    copyMarginMs,
    emit,
    logger,
  });
  const scheduler = createRefreshScheduler({
    timers: deps.timers,
    now,
    random: deps.random,
    optedIn: () => profileRepository.list().filter((profile) => profile.autoRefresh).map((profile) => profile.id),
    lifetime: tokens.lifetime,
    renew: async (profileId) => {
      const result = await tokens.fetch(profileId, 'auto');
      // A background renewal answers no one through the router: its failure is counted here.
      if (!result.ok) deps.onFailure?.(result.error.code);
      return result;
    },
    marginMs: copyMarginMs,
    logger,
  });
  const profiles = createProfileService({
    profiles: profileRepository,
    tokens,
    secrets,
    timers: deps.timers,
    now,
    newId: deps.newId,
    autoRefreshByDefault: () => settings.get().autoRefreshByDefault,
    nextRefreshAt: scheduler.nextRunAt,
    lastUsedAt: (id) => lastHandOutAt(activity.list(id)),
    gateReference,
    emit,
    logger,
  });

  const scripts = createScriptAccess({
    profiles: profileRepository,
    tokens,
    activity,
    ask: (question) => deps.dialogs.askScriptAccess(question),
    timers: deps.timers,
    now,
    newId: deps.newId,
    appVersion: deps.appVersion ?? '0.0.0',
    emit,
    logger,
  });
  let cliChannel: CliChannel | null = null;
  let stopped = false;

  registerProfileHandlers(router, profiles);
  registerTokenHandlers(router, { tokens, profiles, profileRepository, dialogs: deps.dialogs, references, gateReference });
  registerClipboardHandlers(router, clipboard);
  registerActivityHandlers(router, activity, profileRepository, deps.dialogs);
  registerSettingsHandlers(router, settings, emit);
  registerTransferHandlers(
    router,
    createTransferService({
      profiles,
      secretsCanBeSaved: () => sealCheck(),
      profileRepository,
      secrets,
      dialogs: deps.dialogs,
      now,
      newId: deps.newId,
      localCli,
      logger,
    }),
  );
  registerSecurityHandlers(router, cipher, deps.storageNotices ?? []);
  registerDesktopHandlers(router, deps.desktop ?? headlessDesktop);
  registerScriptAccessHandlers(router, scripts);
  registerSecretSourceHandlers(router, executableLookup);
  // The subscribers, each on its own: the window hears every change, and the schedule follows what can move a renewal.
  forwardEventsToRenderer(events, deps.send);
  replanRefreshOnChange(events, scheduler);
  // A retry planned for a profile that has since gone, or whose sign-in was edited, is not the person's any more.
  events.on('profilesChanged', () => tokens.dropStaleRetries());
  scheduler.sync();
  function flushPendingWrites(): void {
    tokenRepository.flush();
    activity.flush();
  }
  function dispose(): void {
    stopped = true;
    keyringWait.dispose();
    void cliChannel?.close();
    scripts.dispose();
    scheduler.stop();
    tokens.dispose();
    profiles.dispose();
    clipboard.dispose();
    flushPendingWrites();
  }
  return {
    router,
    events,
    profiles,
    tokens,
    settings,
    scheduler,
    clipboard,
    scripts,
    async listenForCli(location, limits) {
      const channel = await startCliChannel({ location, handlers: scripts.handlers, logger, ...(limits ? { limits } : {}) });
      // Quit may have come while the folder was being checked: then this run's channel closes as soon as it opened.
      if (stopped) await channel.close();
      else cliChannel = channel;
      scripts.setChannelStatus(channel.status);
      return channel.status;
    },
    retryKeyringNow: () => keyringWait.retryNow(),
    encryptionStatus: () => cipher.status(),
    flushPendingWrites,
    dispose,
    async quit() {
      await clipboard.clearIfOurs();
      await cliChannel?.close();
      dispose();
    },
    endSession() {
      clipboard.clearAtSessionEnd();
      // dispose() starts closing the channel (its socket and key go with the process if it cannot finish) and flushes the writes.
      dispose();
    },
  };
}
