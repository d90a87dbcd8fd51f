// The only place channel names exist. Kept free of zod so the sandboxed preload can bundle it for a few bytes.

/** Renderer → main requests, by the method name the preload exposes. */
export const ipcChannels = {
  listProfiles: 'profiles:list',
  listFirstProfiles: 'profiles:list-first',
  createProfile: 'profiles:create',
  createReferenceProfile: 'profiles:create-with-reference',
  updateProfile: 'profiles:update',
  duplicateProfile: 'profiles:duplicate',
  deleteProfile: 'profiles:delete',
  restoreProfile: 'profiles:restore',
  reorderProfiles: 'profiles:reorder',
  fetchToken: 'tokens:fetch',
  copyToken: 'tokens:copy',
  testProfile: 'tokens:test-profile',
  testReferenceProfile: 'tokens:test-reference-profile',
  findSecretManager: 'secret-sources:find-manager',
  setAutoRefresh: 'tokens:set-auto-refresh',
  getTokenDetails: 'tokens:details',
  revealToken: 'tokens:reveal',
  clearClipboard: 'clipboard:clear',
  getActivity: 'activity:list',
  exportActivity: 'activity:export',
  startImport: 'transfer:start-import',
  unlockImport: 'transfer:unlock-import',
  finishImport: 'transfer:finish-import',
  cancelImport: 'transfer:cancel-import',
  importDroppedFile: 'transfer:import-dropped-file',
  exportProfiles: 'transfer:export',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  getEncryptionStatus: 'app:encryption-status',
  getShortcutStatus: 'app:shortcut-status',
  hideQuickSwitcher: 'app:hide-quick-switcher',
  getStorageNotices: 'app:storage-notices',
  getScriptAccess: 'scripts:access',
  setScriptsWithoutAsking: 'scripts:set-without-asking',
  revokeScriptGrant: 'scripts:revoke-grant',
} as const;

/**
 * The methods the page calls with a File it was handed (a drop), never with a path: the preload sends the File's place
 * on disk instead (Electron's webUtils), so no script in the page can name a file of its choosing.
 */
export const fileMethods = ['importDroppedFile'] as const satisfies readonly (keyof typeof ipcChannels)[];

/** Main → renderer events, by name; the preload exposes each as `on<Name>(listener)`. */
export const ipcEventChannels = {
  tokenChanged: 'tokens:changed',
  profilesChanged: 'profiles:changed',
  settingsChanged: 'settings:changed',
  clipboardChanged: 'clipboard:changed',
  scriptAccessChanged: 'scripts:changed',
  /** Sent by the shell to the main window alone, when the application menu asks for a dialog; never on the core's event bus. */
  menuCommand: 'app:menu-command',
  /** Sent by the shell to the main window alone, when a desktop notification could not be shown. */
  desktopNotice: 'app:desktop-notice',
} as const;

export type IpcMethod = keyof typeof ipcChannels;
export type FileMethod = (typeof fileMethods)[number];
export type IpcEventName = keyof typeof ipcEventChannels;

export function isFileMethod(method: IpcMethod): method is FileMethod {
  return (fileMethods as readonly IpcMethod[]).includes(method);
}

/** `tokenChanged` → `onTokenChanged`: the preload's name for an event subscription. */
export function eventListenerName<N extends IpcEventName>(name: N): `on${Capitalize<N>}` {
  return `on${name[0]!.toUpperCase()}${name.slice(1)}` as `on${Capitalize<N>}`;
}
