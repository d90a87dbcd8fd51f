// The log file: main.log in the OS's logs folder, rotated at 1 MB into main.old.log. It gets only what the Logger port is given.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';
// The Node entry, not electron-log/main: importing that one registers ipcMain.on and ipcMain.handle('__ELECTRON_LOG__'), which
// would write whatever any frame sends into this file, past the router's sender check and outside the IPC contract.
import electronLog from 'electron-log/node';
import { describeError, type Logger } from '../core/logger';

export const LOG_FILE_NAME = 'main.log';
/** One file up to 1 MB, then it becomes main.old.log (replacing the one before): at most about 2 MB on disk. */
const MAX_LOG_BYTES = 1024 * 1024;

/** The folder main.log is written to: app.getPath('logs') (~/Library/Logs/<app> on macOS, <userData>/logs elsewhere). */
export function logsFolder(): string {
  return app.getPath('logs');
}

export function createFileLogger(): Logger {
  const log = electronLog.create({ logId: 'butlr-main' });
  // Only the file. Our console logger prints to the terminal; no copy of the lines goes to a window or over the network.
  log.transports.console.level = false;
  // The ipc transport exists only under Electron (and the Node entry's is a no-op); the remote one is off unless given a URL.
  const { ipc, remote } = log.transports as Partial<typeof log.transports>;
  if (ipc) ipc.level = false;
  if (remote) remote.level = false;
  const file = log.transports.file;
  file.level = 'info';
  file.fileName = LOG_FILE_NAME;
  file.maxSize = MAX_LOG_BYTES;
  file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  // Named here: electron-log would otherwise take the name from the nearest package.json, and throw where it finds none.
  file.setAppName(app.getName());
  let createdFolder: string | null = null;
  // Asked at every line, so a folder set after start (app.setAppLogsPath) is followed.
  file.resolvePathFn = () => {
    const folder = logsFolder();
    if (folder !== createdFolder) {
      createdFolder = folder;
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
      } catch {
        // electron-log tries the folder itself next, and says on the console when it cannot write there.
      }
    }
    return join(folder, LOG_FILE_NAME);
  };
  // Stack frames name the install folder, which on Windows sits in the person's profile: write ~ for their home folder.
  const home = homedir();
  const withoutHome = (text: string): string => (home.length > 1 ? text.split(home).join('~') : text);
  // Never log.errorHandler.startCatching() (it shows a dialog with the stack) nor log.initialize() (it adds a preload to
  // every session and can spy on the renderer's console): the app's errors reach this file through the Logger port only.
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message, error) => log.error(error === undefined ? message : withoutHome(`${message}\n${describeError(error)}`)),
  };
}
