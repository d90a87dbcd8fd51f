// `npm run package`'s first step: butlr-cred as one standalone executable per OS (Node's single-executable applications),
// written to dist-cli/ for electron-builder to ship in the app's resources (electron-builder.yml, extraResources).
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildCli } from './build-cli';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
export const EXECUTABLE_DIR = join(ROOT, 'dist-cli');
/** Pinned: the one tool fetched at packaging time (npx's cache, never the project's dependencies). */
export const POSTJECT = 'postject@1.0.0-alpha.6';
/** The fuse Node looks for to know a blob was injected: https://nodejs.org/api/single-executable-applications.html */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

export async function buildExecutable(platform: NodeJS.Platform = process.platform): Promise<string> {
  const work = join(EXECUTABLE_DIR, 'work');
  await rm(EXECUTABLE_DIR, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  // Node 20 and 22 run a single executable's script only as CommonJS.
  const script = await buildCli({ root: ROOT, outDir: work, format: 'cjs', fileName: 'butlr-cred.cjs' });
  const blob = join(work, 'sea-prep.blob');
  const config = join(work, 'sea-config.json');
  await writeFile(config, JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false }));
  await run(process.execPath, ['--experimental-sea-config', config]);

  const executable = join(EXECUTABLE_DIR, platform === 'win32' ? 'butlr-cred.exe' : 'butlr-cred');
  await copyFile(process.execPath, executable);
  await chmod(executable, 0o755);
  if (platform === 'darwin') await run('codesign', ['--remove-signature', executable]);
  const machO = platform === 'darwin' ? ['--macho-segment-name', 'NODE_SEA'] : [];
  // npx is a .cmd on Windows, which Node runs only through a shell; every argument here is our own path or constant.
  await run(platform === 'win32' ? 'npx.cmd' : 'npx', ['--yes', POSTJECT, executable, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', SEA_FUSE, ...machO], { shell: platform === 'win32' });
  // Ad hoc on macOS so it runs at all; electron-builder signs it with the app's identity where there is one.
  if (platform === 'darwin') await run('codesign', ['--sign', '-', executable]);
  await rm(work, { recursive: true, force: true });

  // It must run, standalone, and say the version it was built from.
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const { stdout } = await run(executable, ['--version'], { cwd: EXECUTABLE_DIR, env: { PATH: '' } });
  if (stdout !== `butlr-cred ${version}\n`) throw new Error(`The built ${executable} printed ${JSON.stringify(stdout)} for --version.`);
  return executable;
}

// Run as a script (npm run package), not when a test imports EXECUTABLE_DIR.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildExecutable().then(
    (executable) => console.info(`butlr-cred executable: ${executable}`),
    (error: unknown) => {
      console.error(`Building the butlr-cred executable failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
