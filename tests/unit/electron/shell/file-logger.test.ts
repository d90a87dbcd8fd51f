// The log file through electron-log's file transport, with Electron's app played by a mock: where it goes, rotation, stacks, modes.
import { readdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTempDataDir, type TempDataDir } from '../../../fixtures/temp-data-dir';

const paths = vi.hoisted(() => ({ logs: '' }));
vi.mock('electron', () => ({ app: { getPath: (name: string) => (name === 'logs' ? paths.logs : ''), getName: () => 'Butlr Credentials' } }));

const { createFileLogger, LOG_FILE_NAME } = await import('../../../../electron/shell/file-logger');

let dataDir: TempDataDir;
let logsDir: string;
const readLog = (name = LOG_FILE_NAME): Promise<string> => readFile(join(logsDir, name), 'utf8');

beforeEach(async () => {
  dataDir = await createTempDataDir();
  // A folder that does not exist yet, as on a first start.
  logsDir = join(dataDir.path, 'logs', `run-${Math.random().toString(36).slice(2)}`);
  paths.logs = logsDir;
});

afterEach(() => dataDir.remove());

describe('createFileLogger', () => {
  it('writes main.log in the logs folder, creating it for the user only, one line per message with time and level', async () => {
    const logger = createFileLogger();
    logger.info('profiles: created profile 0b5e8f5c');
    logger.warn('ipc: refused profiles:list from an unknown sender');
    expect(await readdir(logsDir)).toEqual(['main.log']);
    expect((await stat(logsDir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(logsDir, 'main.log'))).mode & 0o777).toBe(0o600);
    expect((await readLog()).split('\n')).toEqual([
      expect.stringMatching(/^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\] \[info\] {2}profiles: created profile 0b5e8f5c$/),
      expect.stringMatching(/\[warn\] {2}ipc: refused profiles:list from an unknown sender$/),
      '',
    ]);
  });

  it("writes an internal error's stack under its message, with ~ for the home folder", async () => {
    const error = new Error('the store was locked');
    error.stack = `Error: the store was locked\n    at save (${join(homedir(), 'apps', 'butlr', 'resources', 'app.asar', 'out', 'main', 'index.js')}:10:5)`;
    createFileLogger().error('activity: could not save the history', error);
    const text = await readLog();
    expect(text).toContain('[error] activity: could not save the history\nError: the store was locked\n    at save (~/apps/butlr/resources/app.asar/out/main/index.js:10:5)\n');
    expect(text).not.toContain(homedir());
  });

  it('names only the type of a thrown value that is not an Error, which could be anything', async () => {
    const logger = createFileLogger();
    logger.error('tokens: the sign-in threw', 'client_secret=hunter2');
    logger.error('tokens: the sign-in threw', { accessToken: 'eyJ.secret.token' });
    const text = await readLog();
    expect(text).toContain('tokens: the sign-in threw\n(a thrown string, not an Error)');
    expect(text).toContain('tokens: the sign-in threw\n(a thrown object, not an Error)');
    expect(text).not.toMatch(/hunter2|eyJ/);
  });

  it('moves main.log to main.old.log once it passes 1 MB, keeping one old file', async () => {
    const logger = createFileLogger();
    const line = `tokens: ${'x'.repeat(1000)}`;
    // A little over 2 MB: two rotations, so a second old file would show if one were kept.
    for (let index = 0; index < 2200; index += 1) logger.info(line);
    expect((await readdir(logsDir)).sort()).toEqual(['main.log', 'main.old.log']);
    // About 1 MB: electron-log counts the first line after a rotation twice, so the next rotation comes one line early.
    const oldSize = (await stat(join(logsDir, 'main.old.log'))).size;
    expect(Math.abs(oldSize - 1024 * 1024)).toBeLessThan(line.length + 100);
    expect((await stat(join(logsDir, 'main.log'))).size).toBeLessThan(1024 * 1024);
  });
});
