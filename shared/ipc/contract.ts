// The typed IPC contract: each method's request and response, and each event's payload, as zod schemas.
import { z } from '../zod-mini';
import { activityEventSchema } from '../activity';
import { appErrorSchema } from '../app-error';
import { encryptionStatusSchema } from '../encryption-status';
import { menuCommandSchema } from '../menu-command';
import { copyFormatSchema, settingsPatchSchema, settingsSchema } from '../settings';
import { tokenDetailsSchema } from '../token-details';
import { clashDecisionSchema, exportRequestSchema, importOutcomeSchema, importPreviewSchema } from '../transfer';
import { allowedCommandSchema, firstProfilesSchema, newProfileRequestSchema, newProfileSchema, newReferenceProfileRequestSchema, newReferenceProfileSchema, profileChangesSchema, profileIdSchema, profileViewSchema, testedTokenSchema } from '../profile';
import { scriptAccessSchema } from '../script-access';
import { storageNoticeSchema } from '../storage-notice';
import { tokenInfoSchema } from '../token-info';
import { ipcChannels, ipcEventChannels, type IpcEventName, type IpcMethod } from './channels';
import { FIRST_PROFILES_MAX } from './first-profiles';

const byId = z.strictObject({ id: profileIdSchema });
const noRequest = z.undefined();

export const ipcContract = {
  listProfiles: { channel: ipcChannels.listProfiles, request: noRequest, response: z.array(profileViewSchema) },
  /**
   * The first `count` profiles in the order the board opens in (pinned ones first, then the manual order) and how many
   * there are in all: what the window's first paint draws while the whole list is still on its way.
   */
  listFirstProfiles: {
    channel: ipcChannels.listFirstProfiles,
    request: z.strictObject({ count: z.int().check(z.positive(), z.lte(FIRST_PROFILES_MAX)) }),
    response: firstProfilesSchema,
  },
  /** `testedToken`: what testProfile answered for these credentials, so the profile starts with that token (see newProfileRequestSchema). */
  createProfile: { channel: ipcChannels.createProfile, request: newProfileRequestSchema, response: profileViewSchema },
  /** createProfile for a profile whose secret is read from a secret manager: the reference, which saving confirms, and no secret. */
  createReferenceProfile: { channel: ipcChannels.createReferenceProfile, request: newReferenceProfileRequestSchema, response: profileViewSchema },
  /**
   * Changes a profile; see profileChangesSchema for how a secret stays bound to its server, createProfile for
   * `testedToken`, and testReferenceProfile for `allowedCommand`.
   */
  updateProfile: {
    channel: ipcChannels.updateProfile,
    request: z.strictObject({ id: profileIdSchema, changes: profileChangesSchema, testedToken: z.optional(testedTokenSchema), allowedCommand: z.optional(allowedCommandSchema) }),
    response: profileViewSchema,
  },
  duplicateProfile: { channel: ipcChannels.duplicateProfile, request: byId, response: profileViewSchema },
  /** Hides the profile now; `restoreProfile` brings it back until `undoUntil`, after which it is purged. */
  deleteProfile: { channel: ipcChannels.deleteProfile, request: byId, response: z.object({ id: profileIdSchema, undoUntil: z.number() }) },
  restoreProfile: { channel: ipcChannels.restoreProfile, request: byId, response: profileViewSchema },
  /** The complete list of profile ids in their new order. */
  reorderProfiles: {
    channel: ipcChannels.reorderProfiles,
    request: z.strictObject({ ids: z.array(profileIdSchema).check(z.maxLength(10_000)) }),
    response: z.object({ ids: z.array(profileIdSchema) }),
  },
  fetchToken: { channel: ipcChannels.fetchToken, request: byId, response: tokenInfoSchema },
  copyToken: {
    channel: ipcChannels.copyToken,
    /** Without a format, the default-format setting decides. */
    request: z.strictObject({ id: profileIdSchema, format: z.optional(copyFormatSchema) }),
    /**
     * `renewed`: a fresh token was fetched first. `renewalError`: renewal failed, so the older, still-valid token was
     * copied. `clipboardClearsAt`: when the clipboard is cleared if it still holds the token (null: never).
     */
    response: z.object({
      expiresAt: z.nullable(z.number()),
      renewed: z.boolean(),
      renewalError: z.optional(appErrorSchema),
      clipboardClearsAt: z.nullable(z.number()),
    }),
  },
  /**
   * Signs in with the credentials of a profile not yet saved, to check them; nothing is stored. The token stays in main;
   * `testedToken` names it (null when it cannot be kept), for createProfile or updateProfile to keep it when they save
   * exactly these credentials soon after.
   */
  testProfile: {
    channel: ipcChannels.testProfile,
    request: newProfileSchema,
    response: z.object({ expiresAt: z.nullable(z.number()), testedToken: z.nullable(testedTokenSchema) }),
  },
  /**
   * testProfile for a secret reference: runs its command once (no shell), then signs in with the answer, which stays in
   * main. `allowedCommand`: for a custom command the person allowed in main's dialog, the handle that spares a Save of
   * exactly it the same question (null for a preset).
   */
  testReferenceProfile: {
    channel: ipcChannels.testReferenceProfile,
    request: newReferenceProfileSchema,
    response: z.object({ expiresAt: z.nullable(z.number()), testedToken: z.nullable(testedTokenSchema), allowedCommand: z.nullable(allowedCommandSchema) }),
  },
  /**
   * Where a secret manager's CLI is on this computer (PATH, then the usual install folders a GUI app's PATH lacks): its
   * absolute path, which a reference stores, or null with the folders looked in.
   */
  findSecretManager: {
    channel: ipcChannels.findSecretManager,
    request: z.strictObject({ preset: z.enum(['1password', 'bitwarden', 'vault', 'doppler']) }),
    response: z.object({ executable: z.nullable(z.string()), lookedIn: z.array(z.string()) }),
  },
  setAutoRefresh: {
    channel: ipcChannels.setAutoRefresh,
    request: z.strictObject({ id: profileIdSchema, enabled: z.boolean() }),
    response: z.object({ id: profileIdSchema, autoRefresh: z.boolean() }),
  },
  /** The held token's decoded header and claims; null when no token is held. Never the token itself. */
  getTokenDetails: { channel: ipcChannels.getTokenDetails, request: byId, response: z.nullable(tokenDetailsSchema) },
  /** Shows the raw token in a native dialog owned by main, so even then it never enters the renderer. */
  revealToken: { channel: ipcChannels.revealToken, request: byId, response: z.object({ shown: z.boolean() }) },
  /** "Clear now": clears the clipboard if it still holds the token we put there; `cleared` is false when it held something else. */
  clearClipboard: { channel: ipcChannels.clearClipboard, request: noRequest, response: z.object({ cleared: z.boolean() }) },
  getActivity: { channel: ipcChannels.getActivity, request: byId, response: z.array(activityEventSchema) },
  /** Asks where to save, then writes the history as CSV; `savedTo` is null when the person cancelled. */
  exportActivity: { channel: ipcChannels.exportActivity, request: byId, response: z.object({ savedTo: z.nullable(z.string()) }) },
  /** Asks for a file (an export or a .env) and previews it; null when the person cancelled the dialog. */
  startImport: { channel: ipcChannels.startImport, request: noRequest, response: z.nullable(importPreviewSchema) },
  unlockImport: {
    channel: ipcChannels.unlockImport,
    request: z.strictObject({ importId: z.uuid(), passphrase: z.string().check(z.minLength(1), z.maxLength(1024)) }),
    response: importPreviewSchema,
  },
  /** `decisions` answers each clash by the profile's index in the preview. */
  finishImport: {
    channel: ipcChannels.finishImport,
    request: z.strictObject({ importId: z.uuid(), decisions: z.record(z.string().check(z.regex(/^\d{1,4}$/)), clashDecisionSchema) }),
    response: importOutcomeSchema,
  },
  cancelImport: { channel: ipcChannels.cancelImport, request: z.strictObject({ importId: z.uuid() }), response: z.object({ importId: z.uuid() }) },
  /**
   * Previews a file dropped on the window, as startImport does one chosen in the open dialog. The page passes the File;
   * the preload sends its path (see fileMethods), which main checks (absolute, a .env or .json name, a regular file, size).
   */
  importDroppedFile: {
    channel: ipcChannels.importDroppedFile,
    request: z.strictObject({ path: z.string().check(z.maxLength(4096)) }),
    response: importPreviewSchema,
  },
  /** Asks where to save; `savedTo` is null when the person cancelled. */
  exportProfiles: {
    channel: ipcChannels.exportProfiles,
    request: exportRequestSchema,
    response: z.object({ savedTo: z.nullable(z.string()), count: z.int().check(z.nonnegative()) }),
  },
  getSettings: { channel: ipcChannels.getSettings, request: noRequest, response: settingsSchema },
  updateSettings: { channel: ipcChannels.updateSettings, request: settingsPatchSchema, response: settingsSchema },
  getEncryptionStatus: { channel: ipcChannels.getEncryptionStatus, request: noRequest, response: encryptionStatusSchema },
  /** Whether the quick switcher's global shortcut is registered; the OS or another app may have refused it. */
  getShortcutStatus: {
    channel: ipcChannels.getShortcutStatus,
    request: noRequest,
    response: z.object({ accelerator: z.string(), registered: z.boolean(), message: z.nullable(z.string()) }),
  },
  hideQuickSwitcher: { channel: ipcChannels.hideQuickSwitcher, request: noRequest, response: z.object({ hidden: z.boolean() }) },
  /** Data files that had to be moved aside at start-up, to tell the person what happened and where the copy is. */
  getStorageNotices: { channel: ipcChannels.getStorageNotices, request: noRequest, response: z.array(storageNoticeSchema) },
  /** Whether the app listens for `butlr-cred` (or why not), the live grants, and the profiles scripts get without asking. */
  getScriptAccess: { channel: ipcChannels.getScriptAccess, request: noRequest, response: scriptAccessSchema },
  /** "Let scripts get this token without asking": only ever changed here, in the app's window, never over the CLI's channel. */
  setScriptsWithoutAsking: {
    channel: ipcChannels.setScriptsWithoutAsking,
    request: z.strictObject({ id: profileIdSchema, enabled: z.boolean() }),
    response: z.object({ id: profileIdSchema, enabled: z.boolean() }),
  },
  /** Ends a grant now; `revoked` is false when it had already ended. */
  revokeScriptGrant: { channel: ipcChannels.revokeScriptGrant, request: z.strictObject({ grantId: z.uuid() }), response: z.object({ revoked: z.boolean() }) },
} as const satisfies { [M in IpcMethod]: { channel: (typeof ipcChannels)[M]; request: z.ZodMiniType; response: z.ZodMiniType } };

export const ipcEvents = {
  tokenChanged: { channel: ipcEventChannels.tokenChanged, payload: z.object({ profileId: profileIdSchema }) },
  profilesChanged: { channel: ipcEventChannels.profilesChanged, payload: z.object({}) },
  settingsChanged: { channel: ipcEventChannels.settingsChanged, payload: z.object({}) },
  /** A copy planned to clear the clipboard at `clearsAt` (null: never), or the planned clear is over (null). */
  clipboardChanged: { channel: ipcEventChannels.clipboardChanged, payload: z.object({ clearsAt: z.nullable(z.number()) }) },
  /** A grant was given, ended or revoked, a no-asking setting changed, or the channel started or refused to. */
  scriptAccessChanged: { channel: ipcEventChannels.scriptAccessChanged, payload: z.object({}) },
  /** File › New profile, Import…, Export…, and Settings…: the main window opens the dialog its own button opens. */
  menuCommand: { channel: ipcEventChannels.menuCommand, payload: z.object({ command: menuCommandSchema }) },
  /** A desktop notification the OS refused (an unsigned macOS app, no AppUserModelID on Windows): the window says it instead. */
  desktopNotice: { channel: ipcEventChannels.desktopNotice, payload: z.object({ title: z.string(), body: z.string() }) },
} as const satisfies { [E in IpcEventName]: { channel: (typeof ipcEventChannels)[E]; payload: z.ZodMiniType } };

export type IpcContract = typeof ipcContract;
export type IpcRequest<M extends IpcMethod> = z.input<IpcContract[M]['request']>;
export type IpcParsedRequest<M extends IpcMethod> = z.output<IpcContract[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<IpcContract[M]['response']>;
export type IpcEventPayload<E extends IpcEventName> = z.output<(typeof ipcEvents)[E]['payload']>;
