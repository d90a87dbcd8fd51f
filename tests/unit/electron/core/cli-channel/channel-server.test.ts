// Where the app listens for butlr-cred, and when it refuses to: the folder's rules, the key file, a socket in the way.
import { execFile } from 'node:child_process';
import { chmod, chown, lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openChannel } from '../../../../../electron/core/cli-channel/channel-client';
import { KEY_BYTES, readChannelKey, writeChannelKey } from '../../../../../electron/core/cli-channel/channel-folder';
import { channelLocation, channelLocationFromEnv, type ChannelLocation } from '../../../../../electron/core/cli-channel/channel-location';
import { startCliChannel, type CliChannel } from '../../../../../electron/core/cli-channel/channel-server';
import { createFrameReader, encodeFrame } from '../../../../../electron/core/cli-channel/frames';
import { silentLogger } from '../../../../../electron/core/logger';
import { createTempDataDir, type TempDataDir } from '../../../../fixtures/temp-data-dir';
import { recordingHandlers, testLocation, TEST_CALLER, TEST_SESSION } from '../../../../fixtures/cli-channel-kit';

const modeOf = async (path: string): Promise<number> => (await lstat(path)).mode & 0o777;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dataDir: TempDataDir;
let location: ChannelLocation;
let channel: CliChannel | null;

beforeEach(async () => {
  dataDir = await createTempDataDir();
  location = testLocation(dataDir.path);
  channel = null;
});

afterEach(async () => {
  await channel?.close();
  await dataDir.remove();
});

const start = async (handlers = recordingHandlers()) => {
  channel = await startCliChannel({ location, handlers, logger: silentLogger });
  return channel;
};

describe('where the channel lives', () => {
  it('uses $XDG_RUNTIME_DIR/butlr-credentials when set, else <data folder>/cli; a moved data folder takes the channel with it', () => {
    const base = { platform: 'linux' as const, dataDir: '/home/ada/.config/Butlr Credentials', userProfile: '/home/ada' };
    expect(channelLocation({ ...base, dataDirMoved: false, runtimeDir: '/run/user/1000' })).toEqual({
      folder: '/run/user/1000/butlr-credentials',
      address: '/run/user/1000/butlr-credentials/butlr-cred.sock',
      keyPath: '/run/user/1000/butlr-credentials/butlr-cred.key',
      kind: 'unix-socket',
    });
    expect(channelLocation({ ...base, dataDirMoved: false, runtimeDir: undefined }).folder).toBe('/home/ada/.config/Butlr Credentials/cli');
    expect(channelLocation({ ...base, dataDir: '/tmp/vault', dataDirMoved: true, runtimeDir: '/run/user/1000' }).folder).toBe('/tmp/vault/cli');
  });

  it('finds the same place from the CLI’s environment as the app does from Electron’s data folder', () => {
    const env = { XDG_CONFIG_HOME: '/home/ada/.config' };
    expect(channelLocationFromEnv('linux', env, '/home/ada').folder).toBe('/home/ada/.config/Butlr Credentials/cli');
    expect(channelLocationFromEnv('linux', { XDG_RUNTIME_DIR: '/run/user/1000' }, '/home/ada').folder).toBe('/run/user/1000/butlr-credentials');
    expect(channelLocationFromEnv('linux', { BUTLR_DATA_DIR: '/tmp/vault', XDG_RUNTIME_DIR: '/run/user/1000' }, '/home/ada').folder).toBe('/tmp/vault/cli');
    expect(channelLocationFromEnv('darwin', {}, '/Users/ada').folder).toBe('/Users/ada/Library/Application Support/Butlr Credentials/cli');
  });

  it('names a Windows pipe after the user’s profile path, so each user (and each moved data folder) has its own', () => {
    const windows = (userProfile: string, dataDir = 'C:\\Users\\x\\AppData\\Roaming\\Butlr Credentials', moved = false) =>
      channelLocation({ platform: 'win32', dataDir, dataDirMoved: moved, runtimeDir: undefined, userProfile });
    const ada = windows('C:\\Users\\Ada');
    expect(ada.kind).toBe('named-pipe');
    expect(ada.address).toMatch(/^\\\\\.\\pipe\\butlr-credentials-[0-9a-f]{24}$/);
    expect(windows('c:\\users\\ada').address).toBe(ada.address);
    expect(windows('C:\\Users\\Bob').address).not.toBe(ada.address);
    expect(windows('C:\\Users\\Ada', 'D:\\vault', true).address).not.toBe(ada.address);
    expect(ada.keyPath).toBe('C:\\Users\\x\\AppData\\Roaming\\Butlr Credentials\\cli\\butlr-cred.key');
  });
});

describe('listening', () => {
  it('makes a 0700 folder with a fresh 32-byte key (0600) and a 0600 socket, and says where it listens', async () => {
    const { status } = await start();
    expect(status).toEqual({ state: 'listening', address: location.address });
    expect(await modeOf(location.folder)).toBe(0o700);
    expect(await modeOf(location.keyPath)).toBe(0o600);
    expect(await modeOf(location.address)).toBe(0o600);
    expect((await lstat(location.address)).isSocket()).toBe(true);
    expect((await readFile(location.keyPath)).length).toBe(KEY_BYTES);
  });

  it('writes a new key at every start', async () => {
    await start();
    const first = await readFile(location.keyPath);
    await channel!.close();
    await start();
    expect((await readFile(location.keyPath)).equals(first)).toBe(false);
  });

  it('leaves neither the key nor the socket behind when it closes', async () => {
    await start();
    await channel!.close();
    channel = null;
    expect(await readdir(location.folder)).toEqual([]);
  });

  it('replaces a stale socket of its own (a crashed run) and a half-written key file', async () => {
    await mkdir(location.folder, { mode: 0o700 });
    // A run killed while listening leaves its socket file with nobody behind it.
    const crash = `require('net').createServer().listen(${JSON.stringify(location.address)}, () => process.kill(process.pid, 'SIGKILL'))`;
    await promisify(execFile)(process.execPath, ['-e', crash]).catch(() => {});
    expect((await lstat(location.address)).isSocket()).toBe(true);
    await writeFile(`${location.keyPath}.0123456789ab.tmp`, 'half a key');
    const { status } = await start();
    expect(status.state).toBe('listening');
    expect((await readdir(location.folder)).sort()).toEqual(['butlr-cred.key', 'butlr-cred.sock']);
  });
});

describe('refusing to listen', () => {
  it('refuses a folder with a looser mode, and does not loosen or fix it', async () => {
    await mkdir(location.folder);
    await chmod(location.folder, 0o755);
    const { status } = await start();
    expect(status).toMatchObject({ state: 'refused', reason: `${location.folder} has mode 0755, not 0700: other users could reach it.` });
    expect(await modeOf(location.folder)).toBe(0o755);
    expect(await readdir(location.folder)).toEqual([]);
  });

  it('refuses a folder that is a symbolic link, even to a 0700 folder', async () => {
    const elsewhere = join(dataDir.path, 'elsewhere');
    await mkdir(elsewhere, { mode: 0o700 });
    await symlink(elsewhere, location.folder);
    expect((await start()).status).toMatchObject({ state: 'refused', reason: expect.stringContaining('is a symbolic link') });
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it.runIf(isRoot)('refuses a folder that belongs to another user', async () => {
    await mkdir(location.folder, { mode: 0o700 });
    await chown(location.folder, 65534, 65534);
    expect((await start()).status).toMatchObject({ state: 'refused', reason: `${location.folder} belongs to another user (uid 65534).` });
  });

  it('refuses a regular file where the socket goes, and leaves it alone', async () => {
    await mkdir(location.folder, { mode: 0o700 });
    await writeFile(location.address, 'not a socket');
    expect((await start()).status).toMatchObject({ state: 'refused', reason: `${location.address} is in the way, and it is not a socket.` });
    expect(await readFile(location.address, 'utf8')).toBe('not a socket');
  });

  it('refuses when a live socket there fails the handshake (an impostor that took the name first), and writes no new key', async () => {
    await mkdir(location.folder, { mode: 0o700 });
    const heard: unknown[] = [];
    const impostor = createServer((socket) => {
      const reader = createFrameReader();
      socket.on('data', (chunk: Buffer) => heard.push(...reader.push(chunk)));
      // Answers with a challenge it cannot have made with the key.
      socket.once('data', () => socket.write(encodeFrame({ type: 'challenge', serverNonce: 'A'.repeat(43), serverProof: 'B'.repeat(43) })));
    });
    await new Promise<void>((resolve) => impostor.listen(location.address, resolve));
    // The key a previous run left: the app checks the listener against it, and it still must not leak.
    const previousKey = writeChannelKey(location);
    try {
      const { status } = await start();
      expect(status).toMatchObject({ state: 'refused', reason: expect.stringMatching(/fails the handshake .* it may be an impostor/) });
      expect(readChannelKey(location)).toEqual({ key: previousKey });
      // It heard the app's hello, and nothing made with a key.
      expect(heard).toEqual([{ type: 'hello', protocol: 'butlr-cred/1', clientNonce: expect.any(String) }]);
    } finally {
      await new Promise((resolve) => impostor.close(resolve));
    }
  });

  it('refuses a socket path too long for the system, saying what to do', async () => {
    location = testLocation(join(dataDir.path, 'x'.repeat(120)));
    expect((await start()).status).toMatchObject({ state: 'refused', reason: expect.stringContaining('too long') });
  });
});

describe('another user', () => {
  // Run as root here: the test plays the other user with setpriv. Elsewhere the modes asserted above are what stops them.
  it.runIf(isRoot)('cannot reach the socket: the folder is 0700 even when everything above it is open', async () => {
    await chmod(dataDir.path, 0o755);
    await start();
    const probe = `require('net').connect(${JSON.stringify(location.address)}).on('connect', () => { console.log('connected'); process.exit(0); }).on('error', (e) => { console.log(e.code); process.exit(0); })`;
    const { stdout } = await promisify(execFile)('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', probe]);
    expect(stdout.trim()).toBe('EACCES');
    // The same probe as ourselves connects: the refusal above is the folder's doing.
    const own = await openChannel(location);
    expect(own.ok).toBe(true);
    if (own.ok) {
      expect((await own.value.request('hello', { session: TEST_SESSION, caller: TEST_CALLER })).ok).toBe(true);
      own.value.close();
    }
  });
});
