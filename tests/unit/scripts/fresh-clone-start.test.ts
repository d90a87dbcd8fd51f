// `npm start` as a new user runs it: in a copy of the repo whose `electron` package has not downloaded its binary yet.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedLoopbackUrl, STAND_IN_ELECTRON } from '../../fixtures/electron-mirror';
import { linkNodeModulesWithoutElectronBinary, REPO_DIR } from '../../fixtures/fresh-electron-package';

let cloneDir: string;

/** The working tree as git sees it (tracked and new files, nothing ignored), without the screenshots. */
function copyWorkingTree(target: string): void {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO_DIR, encoding: 'utf8' })
    .split('\0')
    // node_modules is linked below; a checkout may hold it as an untracked link (a git worktree, say), which git lists.
    .filter((file) => file !== '' && !file.startsWith('docs/') && file !== 'node_modules' && !file.startsWith('node_modules/'));
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    try {
      cpSync(join(REPO_DIR, file), join(target, file));
    } catch {
      // A file git still lists but the working tree has just deleted.
    }
  }
}

/** The machine's environment without npm's and Electron's own settings, which would steer the download elsewhere. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|electron_)/i.test(key)));
  return { ...env, electron_config_cache: join(cloneDir, 'electron-cache'), ...extra };
}

function npmStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // npm's own CLI script under this Node: no shell, and the same on every OS.
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli ? [process.execPath, [npmCli, 'start']] : ['npm', ['start']];
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: cloneDir, env, stdio: ['ignore', 'pipe', 'pipe'], shell: !npmCli && process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  cloneDir = mkdtempSync(join(tmpdir(), 'butlr-fresh-clone-'));
  copyWorkingTree(cloneDir);
  linkNodeModulesWithoutElectronBinary(cloneDir);
});
afterAll(() => rmSync(cloneDir, { recursive: true, force: true }));

describe('npm start on a fresh clone', () => {
  it('says in three plain lines why Electron is missing and how to fix it, and exits non-zero, when the download host is unreachable', async () => {
    const mirror = await closedLoopbackUrl();
    const { code, stderr } = await npmStart(cleanEnv({ ELECTRON_MIRROR: mirror }));
    expect(code).not.toBe(0);
    const lines = stderr.split(/\r?\n/).filter((line) => line.trim() !== '' && !/^npm (error|warn|notice) /.test(line));
    expect(lines, stderr).toHaveLength(3);
    expect(lines[0]).toMatch(/^npm start needs the Electron [\d.]+ binary, a one-time download, and the download failed: /);
    expect(lines[1]).toContain(`It tried ${new URL(mirror).host} (${mirror}`);
    expect(lines[2]).toMatch(/^To fix it, set ELECTRON_MIRROR .* HTTPS_PROXY .* ELECTRON_OVERRIDE_DIST_PATH .*; then run npm start again\.$/);
    expect(stderr).not.toContain('Electron uninstall');
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it.skipIf(process.platform === 'win32')('builds and starts the Electron that ELECTRON_OVERRIDE_DIST_PATH names, with no download', async () => {
    const override = join(cloneDir, 'unpacked-electron');
    mkdirSync(override);
    writeFileSync(join(override, 'electron'), STAND_IN_ELECTRON);
    chmodSync(join(override, 'electron'), 0o755);
    const log = join(cloneDir, 'electron-args.txt');
    const { code, stderr } = await npmStart(
      cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: override, ELECTRON_MIRROR: await closedLoopbackUrl(), STAND_IN_ELECTRON_LOG: log }),
    );
    expect(stderr).not.toContain('Electron uninstall');
    expect(code).toBe(0);
    // electron-vite preview hands Electron the project folder, whose package.json points at the built main bundle.
    expect(readFileSync(log, 'utf8').trim().split('\n')[0]).toMatch(/^(\.|.*butlr-fresh-clone-.*)$/);
    expect(readFileSync(join(cloneDir, 'out', 'main', 'index.js'), 'utf8').length).toBeGreaterThan(0);
  }, 180_000);
});
