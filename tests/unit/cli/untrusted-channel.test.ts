// butlr-cred against a channel it cannot trust: exit 7, saying why, and nothing made with the key sent anywhere.
import { execFile } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeChannelKey } from '../../../electron/core/cli-channel/channel-folder';
import { createFrameReader, encodeFrame } from '../../../electron/core/cli-channel/frames';
import { createTempDataDir, type TempDataDir } from '../../fixtures/temp-data-dir';
import { createTestCore } from '../../fixtures/test-core';
import { testLocation } from '../../fixtures/cli-channel-kit';
import { runCliIn } from './cli-kit';

let dataDir: TempDataDir;
let impostor: Server | null;
/** Every frame the impostor received, and how many connections it took. */
let heard: unknown[];
let connections: number;

beforeEach(async () => {
  dataDir = await createTempDataDir();
  impostor = null;
  heard = [];
  connections = 0;
});

afterEach(async () => {
  await new Promise((resolve) => (impostor ? impostor.close(resolve) : resolve(undefined)));
  await dataDir.remove();
});

/** A program that took the socket's name: it answers the hello with a challenge it made without the key. */
async function listenAsImpostor(): Promise<void> {
  const location = testLocation(dataDir.path);
  impostor = createServer((socket) => {
    connections += 1;
    const reader = createFrameReader();
    socket.on('data', (chunk: Buffer) => {
      heard.push(...reader.push(chunk));
      if (heard.length === 1) socket.write(encodeFrame({ type: 'challenge', serverNonce: 'S'.repeat(43), serverProof: 'P'.repeat(43) }));
    });
  });
  await new Promise<void>((resolve) => impostor!.listen(location.address, resolve));
}

describe('exit 7', () => {
  it('when the socket folder has a looser mode: refused before connecting to anything', async () => {
    const location = testLocation(dataDir.path);
    await mkdir(location.folder, { mode: 0o700 });
    await listenAsImpostor();
    await chmod(location.folder, 0o755);
    const { outcome, stdout, stderr } = await runCliIn(dataDir.path, ['token', 'prod']);
    expect(outcome).toEqual({ exitCode: 7 });
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `butlr-cred: The app's channel failed its check, so nothing was asked of it: ${location.folder} has mode 0755, not 0700: other users could reach it.\n` +
        'butlr-cred: This may be another program posing as Butlr Credentials. Restart the app; Settings says where it listens.\n',
    );
    expect(connections).toBe(0);
  });

  it('when a program took the socket first: the app refuses to listen, and butlr-cred sends the impostor nothing made with the key', async () => {
    const location = testLocation(dataDir.path);
    await mkdir(location.folder, { mode: 0o700 });
    // A key from an earlier run is still there, as after a crash.
    writeChannelKey(location);
    await listenAsImpostor();
    const test = createTestCore({ dataDir: dataDir.path });
    try {
      expect(await test.core.listenForCli(location)).toMatchObject({ state: 'refused', reason: expect.stringContaining('it may be an impostor') });
      heard = [];
      const { outcome, stderr } = await runCliIn(dataDir.path, ['token', 'prod']);
      expect(outcome).toEqual({ exitCode: 7 });
      expect(stderr).toContain('whatever listens there could not prove it holds the app’s key.');
      expect(heard).toEqual([{ type: 'hello', protocol: 'butlr-cred/1', clientNonce: expect.stringMatching(/^[\w-]{43}$/) }]);
      expect(test.dialogs.scriptQuestions).toEqual([]);
    } finally {
      test.core.dispose();
    }
  });

  it('when something listens but the app’s key is not there', async () => {
    await mkdir(testLocation(dataDir.path).folder, { mode: 0o700 });
    await listenAsImpostor();
    const { outcome, stderr } = await runCliIn(dataDir.path, ['list']);
    expect(outcome).toEqual({ exitCode: 7 });
    expect(stderr).toContain('but the app\'s key is not there.');
    expect(heard).toEqual([]);
  });

  it('when the key file is readable by others', async () => {
    const location = testLocation(dataDir.path);
    await mkdir(location.folder, { mode: 0o700 });
    await listenAsImpostor();
    await writeFile(location.keyPath, Buffer.alloc(32), { mode: 0o644 });
    await chmod(location.keyPath, 0o644);
    const { outcome, stderr } = await runCliIn(dataDir.path, ['list']);
    expect(outcome).toEqual({ exitCode: 7 });
    expect(stderr).toContain(`the key file ${location.keyPath} has mode 0644, not 0600.`);
  });
});

describe('exit 3', () => {
  it('when a killed run left its socket with nobody behind it (ECONNREFUSED, not a timeout)', async () => {
    const { address, folder } = testLocation(dataDir.path);
    await mkdir(folder, { mode: 0o700 });
    const crash = `require('net').createServer().listen(${JSON.stringify(address)}, () => process.kill(process.pid, 'SIGKILL'))`;
    await promisify(execFile)(process.execPath, ['-e', crash]).catch(() => {});
    writeChannelKey(testLocation(dataDir.path));
    const { outcome, stderr } = await runCliIn(dataDir.path, ['list']);
    expect(outcome).toEqual({ exitCode: 3 });
    expect(stderr).toContain('(ECONNREFUSED)');
  });
});
