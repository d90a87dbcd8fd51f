// Reading the `electron` package's state the way its index.js and install.js do.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executableInDist, locateElectronBinary } from '../../../../scripts/electron-binary/electron-package';

let packageDir: string;

beforeEach(() => {
  packageDir = mkdtempSync(join(tmpdir(), 'butlr-electron-package-'));
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ version: '45.3.4' }));
});
afterEach(() => rmSync(packageDir, { recursive: true, force: true }));

function unpack(dir: string, executable: string, version = 'v45.3.4'): string {
  const path = join(dir, executable);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
  chmodSync(path, 0o755);
  writeFileSync(join(dir, 'version'), version);
  return path;
}

describe('locateElectronBinary', () => {
  it('is missing after a fresh npm install: no path.txt, no dist', () => {
    expect(locateElectronBinary({ packageDir, env: {}, platform: 'linux' })).toEqual({ kind: 'missing' });
  });

  it('is installed when path.txt names this platform and dist holds the same version', () => {
    const path = unpack(join(packageDir, 'dist'), 'electron');
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(locateElectronBinary({ packageDir, env: {}, platform: 'linux' })).toEqual({ kind: 'installed', executablePath: path });
  });

  it('is missing when dist holds another version, so the installer fetches the right one', () => {
    unpack(join(packageDir, 'dist'), 'electron', 'v44.0.0');
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(locateElectronBinary({ packageDir, env: {}, platform: 'linux' }).kind).toBe('missing');
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH as it is, without downloading, and finds a macOS build by its own name', () => {
    const override = join(packageDir, 'override');
    const path = unpack(override, executableInDist('darwin'));
    expect(locateElectronBinary({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override }, platform: 'darwin' })).toEqual({ kind: 'override', executablePath: path, exists: true });
  });

  it('says where it looked when ELECTRON_OVERRIDE_DIST_PATH holds no executable', () => {
    const override = join(packageDir, 'empty');
    expect(locateElectronBinary({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override }, platform: 'win32' })).toEqual({
      kind: 'override',
      executablePath: join(override, 'electron.exe'),
      exists: false,
    });
  });
});
