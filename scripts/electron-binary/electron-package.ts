// Where the `electron` package expects its binary, read the way its own index.js and install.js read it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ELECTRON_PACKAGE_DIR = resolve(import.meta.dirname, '../../node_modules/electron');

/** The executable's path inside an unpacked Electron, as install.js's getPlatformPath() names it. */
export function executableInDist(platform: string): string {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/** What the `electron` package has on disk now, and where the binary is if it is usable. */
export type ElectronBinaryState =
  | { readonly kind: 'installed'; readonly executablePath: string }
  /** ELECTRON_OVERRIDE_DIST_PATH names a build; no download is tried for it, as Electron's own index.js tries none. */
  | { readonly kind: 'override'; readonly executablePath: string; readonly exists: boolean }
  | { readonly kind: 'missing' };

interface LocateOptions {
  readonly packageDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: string;
}

export function locateElectronBinary({ packageDir = ELECTRON_PACKAGE_DIR, env = process.env, platform = process.platform }: LocateOptions = {}): ElectronBinaryState {
  const version = packageVersion(packageDir);
  const pathTxt = readIfPresent(join(packageDir, 'path.txt'))?.trim();
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    // index.js joins the override with path.txt's value, or 'electron' without one; that bare name is wrong for an
    // unpacked macOS or Windows build, so this platform's own name is tried too.
    const candidates = [...new Set([pathTxt, executableInDist(platform), 'electron'].filter((name): name is string => Boolean(name)))];
    const found = candidates.map((name) => join(override, name)).find((path) => existsSync(path));
    return found ? { kind: 'override', executablePath: found, exists: true } : { kind: 'override', executablePath: join(override, candidates[0]!), exists: false };
  }
  // install.js's isInstalled(): the unpacked version matches the package and path.txt names this platform's binary.
  const distVersion = readIfPresent(join(packageDir, 'dist', 'version'))?.trim().replace(/^v/, '');
  if (pathTxt && pathTxt === executableInDist(platform) && distVersion === version) {
    const executablePath = join(packageDir, 'dist', pathTxt);
    if (existsSync(executablePath)) return { kind: 'installed', executablePath };
  }
  return { kind: 'missing' };
}

export function packageVersion(packageDir = ELECTRON_PACKAGE_DIR): string {
  return (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
