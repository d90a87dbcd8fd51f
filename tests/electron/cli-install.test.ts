// File › Install command-line tool… in the built main bundle under the stand-in, on Linux from the repository: a link in ~/.local/bin.
import { execFile } from 'node:child_process';
import { lstat, mkdir, readlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDataDir, type TempDataDir } from '../fixtures/temp-data-dir';
import { assertBuilt, CLI_BUNDLE, MAIN_BUNDLE } from './built-bundles';

const STAND_IN = resolve(import.meta.dirname, 'stand-in');

let home: TempDataDir;
let dataDir: TempDataDir;

beforeEach(async () => {
  assertBuilt(MAIN_BUNDLE, CLI_BUNDLE);
  home = await createTempDataDir('butlr-home-');
  dataDir = await createTempDataDir();
});

afterEach(async () => {
  await home.remove();
  await dataDir.remove();
});

async function chooseInstall(): Promise<{ boxes: { type: string; message: string; detail: string }[] }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', join(STAND_IN, 'register.mjs'), join(STAND_IN, 'probe-install-cli.mjs'), MAIN_BUNDLE], {
    env: { ...process.env, HOME: home.path, BUTLR_DATA_DIR: dataDir.path, PATH: '/usr/bin:/bin' },
    cwd: dataDir.path,
  });
  const line = stdout.split('\n').find((text) => text.startsWith('INSTALL_REPORT '));
  if (!line) throw new Error(`The install probe printed no report:\n${stdout}`);
  return JSON.parse(line.slice('INSTALL_REPORT '.length));
}

describe.runIf(process.platform === 'linux')('Install command-line tool… on Linux', () => {
  it('links ~/.local/bin/butlr-cred to the built CLI, says exactly that, and that the folder is not on PATH', async () => {
    const { boxes } = await chooseInstall();
    const link = join(home.path, '.local', 'bin', 'butlr-cred');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(CLI_BUNDLE);
    expect(boxes.map(({ type, message, detail }) => ({ type, message, detail }))).toEqual(
      Array(2).fill({
        type: 'info',
        message: 'Installed the butlr-cred command.',
        detail: `Linked ${link} → ${CLI_BUNDLE}. ${join(home.path, '.local', 'bin')} is not on your PATH yet: add it (for example in ~/.profile), then open a new terminal.`,
      }),
    );
    const { stdout } = await promisify(execFile)(link, ['--version']);
    expect(stdout).toMatch(/^butlr-cred \d+\.\d+\.\d+\n$/);
  });

  it('leaves a file of someone else’s there alone, and says so', async () => {
    await mkdir(join(home.path, '.local', 'bin'), { recursive: true });
    const taken = join(home.path, '.local', 'bin', 'butlr-cred');
    await writeFile(taken, '#!/bin/sh\necho mine\n', { mode: 0o755 });
    const { boxes } = await chooseInstall();
    expect(boxes[0]).toMatchObject({ type: 'error', message: 'butlr-cred was not installed.', detail: `${taken} already exists and is not a link; nothing was changed. Remove it, then try again.` });
    expect((await lstat(taken)).isFile()).toBe(true);
  });
});
