// A stand-in for the `electron` module: records what the built main bundle asks of Electron, so a test can inspect it.
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAesGcm, sealAesGcm } from '../../fixtures/aes-gcm-box.mjs';

export const recorded = {
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  windows: [],
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  session: { permissionRequestHandler: null, permissionCheckHandler: null, devicePermissionHandler: null },
  userDataPaths: [],
  appLogsPaths: [],
  clipboard: [],
  openedExternal: [],
  openedPaths: [],
  messageBoxes: [],
  /** What the next message boxes answer, in order: a button index, or a function of the box's options; 0 when none is queued. */
  messageBoxAnswers: [],
  singleInstanceLockRequested: false,
  applicationMenu: null,
  trays: [],
  shortcuts: new Map(),
  notifications: [],
  loginItemSettings: [],
  errorBoxes: [],
  appUserModelIds: [],
  /** The options of each open and save dialog, and what the next ones answer (a path, or null for a cancel). */
  fileDialogs: [],
  fileDialogAnswers: [],
  quitCalls: 0,
};

/** Chromium's reading of the command line: `--name[=value]` or `-name[=value]`, up to a bare `--`, plus appended switches. */
class StandInCommandLine {
  #appended = new Map();
  #switches() {
    const switches = new Map();
    for (const arg of process.argv.slice(1)) {
      if (arg === '--') break;
      const match = /^--?([^=]+)(?:=(.*))?$/s.exec(arg);
      if (match) switches.set(match[1], match[2] ?? '');
    }
    return new Map([...switches, ...this.#appended]);
  }
  hasSwitch(name) {
    return this.#switches().has(name);
  }
  getSwitchValue(name) {
    return this.#switches().get(name) ?? '';
  }
  appendSwitch(name, value = '') {
    this.#appended.set(name, value);
  }
  removeSwitch(name) {
    this.#appended.delete(name);
  }
}

class StandInApp extends EventEmitter {
  /** STAND_IN_IS_PACKAGED=1 plays an installed app; the arguments after the probe's own are the launch's switches. */
  isPackaged = process.env.STAND_IN_IS_PACKAGED === '1';
  commandLine = new StandInCommandLine();
  #paths = new Map([
    ['userData', '/nonexistent-app-data/Butlr Credentials'],
    ['appData', '/nonexistent-app-data'],
  ]);
  setPath(name, value) {
    this.#paths.set(name, value);
    recorded.userDataPaths.push(value);
  }
  getPath(name) {
    // As Electron: asking for 'logs' before setAppLogsPath() sets the default, <userData>/logs (macOS, not played here, uses ~/Library/Logs).
    if (name === 'logs' && !this.#paths.has('logs')) this.setAppLogsPath();
    return this.#paths.get(name);
  }
  setAppLogsPath(path = join(this.#paths.get('userData'), 'logs')) {
    this.#paths.set('logs', path);
    recorded.appLogsPaths.push(path);
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  getName() {
    return 'Butlr Credentials';
  }
  whenReady() {
    return Promise.resolve();
  }
  quit() {
    recorded.quitCalls += 1;
  }
  requestSingleInstanceLock() {
    recorded.singleInstanceLockRequested = true;
    return true;
  }
  setLoginItemSettings(settings) {
    recorded.loginItemSettings.push(settings);
  }
  /** Electron binds it on Windows only: elsewhere the call throws, as here (a probe may play another platform). */
  setAppUserModelId(id) {
    if (process.platform !== 'win32') throw new TypeError('app.setAppUserModelId is not a function');
    recorded.appUserModelIds.push(id);
  }
  /** As Electron 45: `wasOpenedAtLogin` is macOS's only (STAND_IN_OPENED_AT_LOGIN=1 plays a start by the login item). */
  getLoginItemSettings() {
    const openAtLogin = recorded.loginItemSettings.at(-1)?.openAtLogin ?? false;
    return process.platform === 'darwin'
      ? { openAtLogin, wasOpenedAtLogin: process.env.STAND_IN_OPENED_AT_LOGIN === '1', status: openAtLogin ? 'enabled' : 'not-registered' }
      : { openAtLogin, executableWillLaunchAtLogin: openAtLogin, launchItems: [] };
  }
  /** Exits for real, as Electron does, after one line saying what the app had done by then. */
  exit(code) {
    recorded.exitCode = code;
    const state = {
      code,
      errorBoxes: recorded.errorBoxes,
      windows: recorded.windows.length,
      ipcChannels: [...recorded.ipcHandlers.keys()],
      privilegedSchemes: recorded.privilegedSchemes.length,
      singleInstanceLockRequested: recorded.singleInstanceLockRequested,
      userDataPaths: recorded.userDataPaths,
    };
    process.stdout.write(`\nSTAND_IN_EXIT ${JSON.stringify(state)}\n`);
    process.exit(code);
  }
}
export const app = new StandInApp();

/** Electron's WebFrameMain as far as the IPC checks read it: its URL, and its parent (null for a main frame). */
export class StandInWebFrameMain {
  constructor(url = '', parent = null) {
    this.url = url;
    this.parent = parent;
    this.frames = [];
  }
  get top() {
    return this.parent ? this.parent.top : this;
  }
  /** Stand-in only: plays an <iframe> the page embeds, a child frame showing `url`. */
  addChildFrame(url) {
    const child = new StandInWebFrameMain(url, this);
    this.frames.push(child);
    return child;
  }
}

export class StandInWebContents extends EventEmitter {
  static nextId = 1;
  id = StandInWebContents.nextId++;
  mainFrame = new StandInWebFrameMain();
  sent = [];
  windowOpenHandler = null;
  send(channel, payload) {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return recorded.windows.filter((window) => !window.isDestroyed());
  }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new StandInWebContents();
    this.loadedUrls = [];
    recorded.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  #visible = false;
  #maximized = false;
  #minimized = false;
  #destroyed = false;
  /** Stand-in only: the window calls that change how it is shown, in order, with whether the page had loaded by then. */
  shownCalls = [];
  #note(call) {
    this.shownCalls.push({ call, loaded: this.loadedUrls.length > 0 });
  }
  #bounds = { x: 0, y: 0, width: 980, height: 700 };
  async loadURL(url) {
    this.loadedUrls.push(url);
    this.webContents.mainFrame.url = url;
  }
  show() {
    this.#note('show');
    this.#visible = true;
    this.#minimized = false;
  }
  showInactive() {
    this.#note('showInactive');
    this.#visible = true;
  }
  hide() {
    this.#note('hide');
    this.#visible = false;
  }
  focus() {}
  restore() {
    this.#note('restore');
    this.#visible = true;
    this.#minimized = false;
  }
  /** As Electron's: maximising a hidden window also shows it. */
  maximize() {
    this.#note('maximize');
    this.#visible = true;
    this.#maximized = true;
    this.emit('maximize');
  }
  /** As Electron's: minimising a hidden window puts it on the taskbar, minimised. */
  minimize() {
    this.#note('minimize');
    this.#visible = true;
    this.#minimized = true;
    this.emit('minimize');
  }
  isVisible() {
    return this.#visible;
  }
  isMaximized() {
    return this.#maximized;
  }
  isMinimized() {
    return this.#minimized;
  }
  isDestroyed() {
    return this.#destroyed;
  }
  destroy() {
    this.#destroyed = true;
  }
  getBounds() {
    return this.#bounds;
  }
  getSize() {
    return [this.#bounds.width, this.#bounds.height];
  }
  setBackgroundColor(color) {
    this.backgroundColor = color;
  }
  setPosition(x, y) {
    this.#bounds = { ...this.#bounds, x, y };
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => (recorded.applicationMenu = menu),
};

/** A PNG's size from its header, or null for bytes that are no PNG (the stand-in's resized images are JSON). */
function pngSize(buffer) {
  if (buffer.length < 24 || buffer.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/**
 * Images as far as the app builds them: a file (as Electron 45, an unreadable path gives an empty image whose PNG is
 * empty), the file resized, and an image made of one representation per scale factor, which may be a template image.
 */
export const nativeImage = {
  createFromPath: (path) => {
    const bytes = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
    return { path, isEmpty: () => bytes.length === 0, toPNG: () => bytes, resize: (size) => ({ path, size, toPNG: () => Buffer.from(JSON.stringify({ path, size })) }) };
  },
  createEmpty: () => ({
    representations: [],
    template: false,
    addRepresentation(representation) {
      const png = pngSize(representation.buffer);
      this.representations.push({
        scaleFactor: representation.scaleFactor,
        width: representation.width,
        height: representation.height,
        bytes: representation.buffer.length,
        ...(png ? { png } : {}),
      });
    },
    getScaleFactors() {
      return this.representations.map(({ scaleFactor }) => scaleFactor);
    },
    setTemplateImage(template) {
      this.template = template;
    },
    isTemplateImage() {
      return this.template;
    },
  }),
};

export class Tray extends EventEmitter {
  constructor(image) {
    super();
    this.image = image;
    this.menu = null;
    this.tooltip = '';
    recorded.trays.push(this);
  }
  setContextMenu(menu) {
    this.menu = menu;
  }
  setToolTip(text) {
    this.tooltip = text;
  }
  destroy() {
    this.destroyed = true;
  }
}

/** STAND_IN_NOTIFICATIONS=fail plays an OS that refuses them (macOS emits `failed` for an unsigned app), a moment after show(). */
export class Notification extends EventEmitter {
  static isSupported = () => true;
  constructor(options) {
    super();
    this.options = options;
  }
  show() {
    if (process.env.STAND_IN_NOTIFICATIONS === 'fail') setImmediate(() => this.emit('failed', {}, 'Notifications are not allowed for this application'));
    else recorded.notifications.push(this.options);
  }
}

export const globalShortcut = {
  register(accelerator, callback) {
    if (recorded.shortcuts.has(accelerator)) return false;
    recorded.shortcuts.set(accelerator, callback);
    return true;
  },
  unregister: (accelerator) => recorded.shortcuts.delete(accelerator),
};

const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
/** Under XDG_SESSION_TYPE=wayland, as Electron there: no app may read the pointer's position. */
const wayland = () => process.platform === 'linux' && process.env.XDG_SESSION_TYPE === 'wayland';
export const screen = {
  getAllDisplays: () => [display],
  getPrimaryDisplay: () => display,
  getDisplayNearestPoint: () => display,
  getCursorScreenPoint: () => {
    if (wayland()) throw new Error('screen.getCursorScreenPoint() is not supported on Wayland');
    return { x: 10, y: 10 };
  },
};

export const ipcMain = {
  handle(channel, listener) {
    if (recorded.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    recorded.ipcHandlers.set(channel, listener);
  },
  on(channel, listener) {
    recorded.ipcListeners.set(channel, listener);
  },
  removeAllListeners(channel) {
    recorded.ipcListeners.delete(channel);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => (recorded.session.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler) => (recorded.session.permissionCheckHandler = handler),
    setDevicePermissionHandler: (handler) => (recorded.session.devicePermissionHandler = handler),
  },
};

/** The system plays light; themeSource decides as Electron's does. */
export const nativeTheme = {
  themeSource: 'system',
  get shouldUseDarkColors() {
    return this.themeSource === 'dark';
  },
};
/** Electron 45's async clipboard: each write records the text and the MIME types written with it. */
export class ClipboardItem {
  constructor(items) {
    this.items = items;
    this.types = Object.keys(items);
  }
}
let clipboardText = '';
export const clipboard = {
  async write(items) {
    clipboardText = String(items[0]?.items['text/plain'] ?? '');
    recorded.clipboard.push({ text: clipboardText, types: items.flatMap((item) => item.types) });
  },
  async writeText(text) {
    clipboardText = text;
    recorded.clipboard.push({ text, types: ['text/plain'] });
  },
  readText: async () => clipboardText,
  /** Synchronous in Electron 45, unlike the reads and writes. */
  clear() {
    clipboardText = '';
    recorded.clipboard.push({ text: '', types: [] });
  },
};
export const net = { fetch: (url, init) => fetch(url, init), isOnline: () => true };
export const powerMonitor = new EventEmitter();
export const dialog = {
  showErrorBox: (title, content) => void recorded.errorBoxes.push({ title, content }),
  /** Called as (options) or (window, options), as Electron allows. */
  showMessageBox: async (...args) => {
    const options = args.at(-1);
    const { title, message, detail, buttons, defaultId, cancelId, type } = options;
    recorded.messageBoxes.push({ title, message, detail, buttons, defaultId, cancelId, type, attached: args.length > 1 });
    const answer = recorded.messageBoxAnswers.shift() ?? 0;
    return { response: typeof answer === 'function' ? await answer(options) : answer };
  },
  showSaveDialog: async (...args) => {
    recorded.fileDialogs.push({ kind: 'save', ...args.at(-1) });
    const answer = recorded.fileDialogAnswers.shift() ?? null;
    return answer === null ? { canceled: true } : { canceled: false, filePath: answer };
  },
  showOpenDialog: async (...args) => {
    recorded.fileDialogs.push({ kind: 'open', ...args.at(-1) });
    const answer = recorded.fileDialogAnswers.shift() ?? null;
    return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
  },
};
export const shell = {
  openPath: async (path) => {
    recorded.openedPaths.push(path);
    return '';
  },
  openExternal: async (url) => void recorded.openedExternal.push(url),
};

// One fixed key, like a keyring that stays the same across launches of the app.
const key = createHash('sha256').update('butlr stand-in keyring').digest();
/**
 * The system keyring. Locked (STAND_IN_KEYRING=locked at start, or `keyring.locked` set by a probe), it answers as
 * Electron 45 does while the OS keystore cannot yet: every call rejects with "temporarily unavailable".
 */
export const keyring = { locked: process.env.STAND_IN_KEYRING === 'locked', decryptAttempts: 0 };
const keyringNotReady = () => new Error('Encryption is temporarily unavailable. Please try again.');

export const safeStorage = {
  isAsyncEncryptionAvailable: async () => true,
  encryptStringAsync: async (plainText) => {
    if (keyring.locked) throw keyringNotReady();
    return sealAesGcm(key, plainText);
  },
  decryptStringAsync: async (encrypted) => {
    keyring.decryptAttempts += 1;
    if (keyring.locked) throw keyringNotReady();
    return { result: openAesGcm(key, encrypted), shouldReEncrypt: false };
  },
  getSelectedStorageBackend: () => 'gnome_libsecret',
};

export default {
  app,
  BrowserWindow,
  ClipboardItem,
  ipcMain,
  protocol,
  session,
  nativeTheme,
  clipboard,
  net,
  powerMonitor,
  dialog,
  shell,
  safeStorage,
  Menu,
  nativeImage,
  Tray,
  Notification,
  globalShortcut,
  screen,
};
