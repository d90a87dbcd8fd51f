// Makes sure the Electron binary exists before anything starts it; says in three plain lines what to do when it cannot.
import { fail, ok, type Result } from '../../shared/result';
import { electronDownloadUrl, hostOf, installTarget } from './download-url';
import { ELECTRON_PACKAGE_DIR, locateElectronBinary, packageVersion } from './electron-package';
import { DEFAULT_STALL_SECONDS, runElectronInstaller } from './run-installer';

export type ElectronBinaryProblem =
  | { readonly kind: 'override_missing'; readonly version: string; readonly executablePath: string }
  | { readonly kind: 'download_failed'; readonly version: string; readonly url: string; readonly reason: string }
  | { readonly kind: 'download_stalled'; readonly version: string; readonly url: string; readonly stallSeconds: number };

interface EnsureOptions {
  readonly packageDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Told once, before a download starts: it is ~100 MB, so a person should know why nothing happens for a while. */
  readonly onDownloadStart?: (url: string) => void;
}

/** The path of a usable Electron executable, downloading it first through Electron's own installer if needed. */
export async function ensureElectronBinary({ packageDir = ELECTRON_PACKAGE_DIR, env = process.env, onDownloadStart }: EnsureOptions = {}): Promise<Result<string, ElectronBinaryProblem>> {
  const version = packageVersion(packageDir);
  const state = locateElectronBinary({ packageDir, env });
  if (state.kind === 'installed') return ok(state.executablePath);
  if (state.kind === 'override') {
    return state.exists ? ok(state.executablePath) : fail({ kind: 'override_missing', version, executablePath: state.executablePath });
  }
  const url = electronDownloadUrl(installTarget(version, env), env);
  onDownloadStart?.(url);
  const stallSeconds = Number(env.BUTLR_ELECTRON_STALL_SECONDS) || DEFAULT_STALL_SECONDS;
  const outcome = await runElectronInstaller({ packageDir, env, stallSeconds });
  if (outcome.kind === 'stalled') return fail({ kind: 'download_stalled', version, url, stallSeconds });
  if (outcome.kind === 'failed') return fail({ kind: 'download_failed', version, url, reason: outcome.reason });
  const installed = locateElectronBinary({ packageDir, env });
  return installed.kind === 'installed'
    ? ok(installed.executablePath)
    : fail({ kind: 'download_failed', version, url, reason: 'the installer finished, but no Electron executable is where it said' });
}

/** What failed, what it tried, how to fix it: one line each, no stack trace. `command` is what the person ran. */
export function problemLines(problem: ElectronBinaryProblem, command: string): [string, string, string] {
  const { version } = problem;
  switch (problem.kind) {
    case 'override_missing':
      return [
        `${command} could not start Electron: ELECTRON_OVERRIDE_DIST_PATH is set, but it holds no Electron executable.`,
        `It looked for ${problem.executablePath}.`,
        `To fix it, point ELECTRON_OVERRIDE_DIST_PATH at the folder of an unpacked Electron ${version}, or unset it to download Electron instead.`,
      ];
    case 'download_failed':
    case 'download_stalled': {
      const what = problem.kind === 'download_failed' ? problem.reason : `no data arrived for ${problem.stallSeconds} s`;
      return [
        `${command} needs the Electron ${version} binary, a one-time download, and the download failed: ${what}.`,
        `It tried ${hostOf(problem.url)} (${problem.url}).`,
        `To fix it, set ELECTRON_MIRROR to a mirror you can reach, or HTTPS_PROXY with ELECTRON_GET_USE_PROXY=1 to use a proxy, or ELECTRON_OVERRIDE_DIST_PATH to the folder of an unpacked Electron ${version}; then run ${command} again.`,
      ];
    }
  }
}

/**
 * For the scripts a person runs (`npm start`, `npm run demo`, …): the executable's path, saying first when a download
 * starts; or the three lines on stderr and exit 1.
 */
export async function electronOrExit(command: string): Promise<string> {
  const electron = await ensureElectronBinary({
    onDownloadStart: (url) => console.log(`Downloading Electron (one time, about 100 MB) from ${hostOf(url)}…`),
  });
  if (electron.ok) return electron.value;
  for (const line of problemLines(electron.error, command)) console.error(line);
  process.exit(1);
}
