// butlr-cred run in the test's own process against the real core listening in a temp data folder, with a fake Butlr behind it.
import { spawn, type SpawnOptions } from 'node:child_process';
import { homedir } from 'node:os';
import { afterEach, beforeEach } from 'vitest';
import type { CliIo, CliOutcome } from '../../../cli/cli-io';
import { runCli } from '../../../cli/run-cli';
import { startFakeButlrServer, type FakeButlrServer } from '../../fixtures/fake-butlr-server';
import { createTempDataDir, type TempDataDir } from '../../fixtures/temp-data-dir';
import { createTestCore, type TestCore } from '../../fixtures/test-core';
import { createProfile, profileInput } from '../electron/core/core-test-kit';
import { testLocation } from '../../fixtures/cli-channel-kit';

export interface CliRun {
  readonly outcome: CliOutcome;
  readonly stdout: string;
  readonly stderr: string;
  /** What the command `exec` ran wrote. */
  readonly childStdout: string;
}

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly isTTY?: boolean;
  /** The parent process butlr-cred reports; its session follows from it. Defaults to this test process. */
  readonly ppid?: number;
  /** Called with the signal listener `exec` installs, to play a signal sent to butlr-cred. */
  readonly onSignalListener?: (listener: (signal: NodeJS.Signals) => void) => void;
}

export interface CliWorld {
  readonly dataDir: TempDataDir;
  readonly butlr: FakeButlrServer;
  readonly test: TestCore;
  readonly profileId: string;
  run(argv: readonly string[], options?: RunOptions): Promise<CliRun>;
}

/** Call at the top of a test file: a fresh world per test, with one profile “Prod EU”, listening for butlr-cred. */
export function useCliWorld(): CliWorld {
  const world = {} as { -readonly [K in keyof CliWorld]: CliWorld[K] };
  beforeEach(async () => {
    world.dataDir = await createTempDataDir();
    world.butlr = await startFakeButlrServer();
    world.test = createTestCore({ dataDir: world.dataDir.path });
    world.profileId = (await createProfile(world.test, profileInput(world.butlr.url, { name: 'Prod EU' }))).id;
    await world.test.core.listenForCli(testLocation(world.dataDir.path));
  });
  afterEach(async () => {
    await world.test.core.quit();
    await world.butlr.close();
    await world.dataDir.remove();
  });
  world.run = (argv, options = {}) => runCliIn(world.dataDir.path, argv, options);
  return world;
}

/** butlr-cred run in this process with `dataDir` as its BUTLR_DATA_DIR, its output captured. */
export async function runCliIn(dataDir: string, argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let childStdout = '';
  const io: CliIo = {
    stdout: { write: (text) => void (stdout += text), isTTY: options.isTTY ?? false },
    stderr: { write: (text) => void (stderr += text) },
    env: { PATH: process.env.PATH, BUTLR_DATA_DIR: dataDir, ...options.env },
    platform: 'linux',
    home: homedir(),
    pid: process.pid,
    ppid: options.ppid ?? process.pid,
    now: Date.now,
    // What the command prints is captured rather than inherited, so the test can read it.
    spawn: (command: string, args: readonly string[], spawnOptions: SpawnOptions) => {
      const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout?.on('data', (chunk: Buffer) => void (childStdout += chunk.toString('utf8')));
      return child;
    },
    onSignal: (listener) => {
      options.onSignalListener?.(listener);
      return () => {};
    },
  };
  const outcome = await runCli(argv, io, 'test');
  return { outcome, stdout, stderr, childStdout };
}
