// Finds a secret manager's CLI the way a terminal would, and where a GUI app's PATH does not look: an app started from the
// Dock or a desktop menu gets a short PATH without Homebrew's folder or the vendors' own install folders.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join, win32 } from 'node:path';

export interface ExecutableLookupDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** Whether `path` is a file this process may run; the file system's by default. */
  readonly isExecutable?: (path: string) => boolean;
}

function fileIsExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The folders looked in after PATH, in order. */
export function usualFolders(env: ExecutableLookupDeps['env'], platform: NodeJS.Platform): string[] {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    if (!local) return [];
    // winget puts its shims in Links; 1Password CLI and Doppler's installers use Programs.
    return [join(local, 'Microsoft', 'WinGet', 'Links'), join(local, 'Programs', '1Password CLI'), join(local, 'Programs', 'Doppler'), join(local, 'Programs')];
  }
  const home = env.HOME;
  return ['/opt/homebrew/bin', '/usr/local/bin', '/usr/bin', '/snap/bin', ...(home ? [join(home, '.local', 'bin'), join(home, 'bin')] : [])];
}

/** The absolute path of `name` on PATH, else in the usual folders; null when it is in none of them. */
export function findExecutable(name: string, { env, platform, isExecutable = fileIsExecutable }: ExecutableLookupDeps): string | null {
  const path = env.PATH ?? env.Path ?? '';
  // Only absolute PATH entries: a relative one would resolve against wherever the app happened to start.
  const folders = [...path.split(platform === 'win32' ? ';' : delimiter), ...usualFolders(env, platform)].filter((folder) => folder !== '' && isAbsolute(folder, platform));
  const names = platform === 'win32' ? [`${name}.exe`] : [name];
  for (const folder of new Set(folders)) {
    for (const file of names) {
      const candidate = join(folder, file);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

const isAbsolute = (folder: string, platform: NodeJS.Platform): boolean => (platform === 'win32' ? /^[A-Za-z]:[\\/]/.test(folder) : folder.startsWith('/'));

/**
 * Where `name` would be once installed the usual way on this computer: what a reference a file brought names while its
 * CLI is not installed here, in place of the path in the file (another computer's). Never run as it is: a preset runs
 * the CLI found when it runs (reference-resolver.ts).
 */
export function usualInstallPath(name: string, { env, platform }: Pick<ExecutableLookupDeps, 'env' | 'platform'>): string {
  if (platform === 'win32') return win32.join(env.LOCALAPPDATA ?? 'C:\\', 'Microsoft', 'WinGet', 'Links', `${name}.exe`);
  return `/usr/local/bin/${name}`;
}
