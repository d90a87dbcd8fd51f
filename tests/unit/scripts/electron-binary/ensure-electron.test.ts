// Electron's own installer, run against loopback stand-ins for its download host: unreachable, black-holed, and working.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureElectronBinary, problemLines } from '../../../../scripts/electron-binary/ensure-electron';
import { executableInDist, packageVersion } from '../../../../scripts/electron-binary/electron-package';
import { closedLoopbackUrl, startElectronMirror, STAND_IN_ELECTRON } from '../../../fixtures/electron-mirror';
import { linkNodeModulesWithoutElectronBinary } from '../../../fixtures/fresh-electron-package';

let projectDir: string;
let packageDir: string;
let cacheDir: string;
let version: string;

beforeEach(() => {
  projectDir = mkdtempSync(join(tmpdir(), 'butlr-fresh-electron-'));
  packageDir = linkNodeModulesWithoutElectronBinary(projectDir);
  cacheDir = join(projectDir, 'electron-cache');
  version = packageVersion(packageDir);
});
afterEach(() => rmSync(projectDir, { recursive: true, force: true }));

/** Only what the test sets: no mirror, proxy or cache from the machine running it. */
function envWith(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, electron_config_cache: cacheDir, ...extra };
}

describe('ensureElectronBinary', () => {
  it('fails in three lines naming the host when the download host cannot be reached', async () => {
    const mirror = await closedLoopbackUrl();
    const result = await ensureElectronBinary({ packageDir, env: envWith({ ELECTRON_MIRROR: mirror }) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'download_failed', url: `${mirror}v${version}/electron-v${version}-${process.platform}-${process.arch}.zip` });
    const lines = problemLines(result.error, 'npm start');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^npm start needs the Electron ${version} binary.*download failed: `));
    expect(lines[1]).toContain(new URL(mirror).host);
    expect(lines[2]).toMatch(/ELECTRON_MIRROR.*proxy.*ELECTRON_OVERRIDE_DIST_PATH/);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('gives up on a host that accepts and never answers, once nothing has arrived for the stall time', async () => {
    const mirror = await startElectronMirror('hang', version);
    try {
      const result = await ensureElectronBinary({ packageDir, env: envWith({ ELECTRON_MIRROR: mirror.url, BUTLR_ELECTRON_STALL_SECONDS: '2' }) });
      expect(result).toMatchObject({ ok: false, error: { kind: 'download_stalled', stallSeconds: 2 } });
      expect(mirror.requests.length).toBeGreaterThan(0);
    } finally {
      await mirror.close();
    }
  });

  it.skipIf(process.platform === 'win32')('downloads through ELECTRON_MIRROR with Electron’s installer, into electron_config_cache, and answers its path', async () => {
    const mirror = await startElectronMirror('serve', version);
    try {
      // The stand-in zip is not the real one, so its checksum comes from the mirror rather than the package's list.
      const result = await ensureElectronBinary({ packageDir, env: envWith({ ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1' }) });
      const executable = executableInDist(process.platform);
      expect(result).toEqual({ ok: true, value: join(packageDir, 'dist', executable) });
      expect(readFileSync(join(packageDir, 'path.txt'), 'utf8')).toBe(executable);
      expect(readFileSync(join(packageDir, 'dist', executable), 'utf8')).toBe(STAND_IN_ELECTRON);
      expect(mirror.requests.some((path) => path.endsWith('.zip'))).toBe(true);
      expect(existsSync(cacheDir)).toBe(true);
      // A second start finds it installed and asks the mirror nothing more.
      const asked = mirror.requests.length;
      expect(await ensureElectronBinary({ packageDir, env: envWith({ ELECTRON_MIRROR: mirror.url }) })).toEqual(result);
      expect(mirror.requests).toHaveLength(asked);
    } finally {
      await mirror.close();
    }
  });

  it('never downloads while ELECTRON_OVERRIDE_DIST_PATH is set, and says where it looked', async () => {
    const override = join(projectDir, 'no-such-build');
    const result = await ensureElectronBinary({ packageDir, env: envWith({ ELECTRON_OVERRIDE_DIST_PATH: override, ELECTRON_MIRROR: 'http://127.0.0.1:1/' }) });
    expect(result).toMatchObject({ ok: false, error: { kind: 'override_missing' } });
    if (result.ok) return;
    expect(problemLines(result.error, 'npm run dev')[1]).toContain(override);
  });
});
