// A stand-in for the `electron` module: records what the built main bundle asks of Electron, so a test can inspect it.
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { openAesGcm, sealAesGcm } from '../../fixtures/aes-gcm-box.mjs';

export const recorded = {
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  windows: [],
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  session: { permissionRequestHandler: null, permissionCheckHandler: null, devicePermissionHandler: null },
  userDataPaths: [],
  clipboard: [],
  openedExternal: [],
  singleInstanceLockRequested: false,
  applicationMenu: null,
  trays: [],
  shortcuts: new Map(),
  notifications: [],
  loginItemSettings: [],
};

class StandInApp extends EventEmitter {
  isPackaged = false;
  #paths = new Map([['userData', '/nonexistent-user-data']]);
  setPath(name, value) {
    this.#paths.set(name, value);
    recorded.userDataPaths.push(value);
  }
  getPath(name) {
    return this.#paths.get(name);
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  whenReady() {
    return Promise.resolve();
  }
  quit() {}
  requestSingleInstanceLock() {
    recorded.singleInstanceLockRequested = true;
    return true;
  }
  setLoginItemSettings(settings) {
    recorded.loginItemSettings.push(settings);
  }
  exit(code) {
    recorded.exitCode = code;
  }
}
export const app = new StandInApp();

export class StandInWebContents extends EventEmitter {
  static nextId = 1;
  id = StandInWebContents.nextId++;
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
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new StandInWebContents();
    this.loadedUrls = [];
    recorded.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  #visible = false;
  #destroyed = false;
  #bounds = { x: 0, y: 0, width: 980, height: 700 };
  async loadURL(url) {
    this.loadedUrls.push(url);
  }
  show() {
    this.#visible = true;
  }
  hide() {
    this.#visible = false;
  }
  focus() {}
  restore() {}
  maximize() {}
  isVisible() {
    return this.#visible;
  }
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
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
  setPosition(x, y) {
    this.#bounds = { ...this.#bounds, x, y };
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => (recorded.applicationMenu = menu),
};

export const nativeImage = {
  createFromPath: (path) => ({ path, resize: (size) => ({ path, size }) }),
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
  destroy() {}
}

export class Notification {
  static isSupported = () => true;
  constructor(options) {
    this.options = options;
  }
  show() {
    recorded.notifications.push(this.options);
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
export const screen = {
  getAllDisplays: () => [display],
  getDisplayNearestPoint: () => display,
  getCursorScreenPoint: () => ({ x: 10, y: 10 }),
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

export const nativeTheme = { shouldUseDarkColors: false };
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
  async clear() {
    clipboardText = '';
    recorded.clipboard.push({ text: '', types: [] });
  },
};
export const net = { fetch: (url, init) => fetch(url, init), isOnline: () => true };
export const powerMonitor = new EventEmitter();
export const dialog = {
  showMessageBox: async () => ({ response: 0 }),
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};
export const shell = {
  openPath: async () => '',
  openExternal: async (url) => void recorded.openedExternal.push(url),
};

// One fixed key, like a keyring that stays the same across launches of the app.
const key = createHash('sha256').update('butlr stand-in keyring').digest();
export const safeStorage = {
  isAsyncEncryptionAvailable: async () => true,
  encryptStringAsync: async (plainText) => sealAesGcm(key, plainText),
  decryptStringAsync: async (encrypted) => ({ result: openAesGcm(key, encrypted), shouldReEncrypt: false }),
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
