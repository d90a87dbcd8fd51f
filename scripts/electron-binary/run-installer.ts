// Runs Electron's own installer (the package's install.js, @electron/get underneath) and gives up when it stalls.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELECTRON_PACKAGE_DIR } from './electron-package';

export type InstallerOutcome =
  | { readonly kind: 'installed' }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'stalled'; readonly stallSeconds: number };

interface InstallerOptions {
  readonly packageDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Seconds without a byte downloaded or unpacked before giving up. */
  readonly stallSeconds?: number;
}

/** A download that moves may take minutes on a slow line; one that moves nothing for this long will not finish. */
export const DEFAULT_STALL_SECONDS = 30;

export function runElectronInstaller({ packageDir = ELECTRON_PACKAGE_DIR, env = process.env, stallSeconds = DEFAULT_STALL_SECONDS }: InstallerOptions = {}): Promise<InstallerOutcome> {
  // The installer prints no progress when it is not on a terminal, so progress is read off the disk instead: its own
  // temporary folder (where the zip arrives) and the dist folder (where it is unpacked). A private TMPDIR makes the
  // first one ours to watch, and to remove afterwards.
  const scratch = mkdtempSync(join(tmpdir(), 'butlr-electron-download-'));
  const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
    env: { ...env, TMPDIR: scratch, TEMP: scratch, TMP: scratch, ELECTRON_GET_NO_PROGRESS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-8_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  return new Promise((resolve) => {
    let lastSize = -1;
    let quietSince = Date.now();
    let stalled = false;
    const watchdog = setInterval(() => {
      const size = treeSize(scratch) + treeSize(join(packageDir, 'dist'));
      if (size !== lastSize) {
        lastSize = size;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= stallSeconds * 1000) {
        stalled = true;
        child.kill();
      }
    }, 1000);
    const finish = (outcome: InstallerOutcome): void => {
      clearInterval(watchdog);
      rmSync(scratch, { recursive: true, force: true });
      resolve(outcome);
    };
    child.on('error', (error) => finish({ kind: 'failed', reason: error.message }));
    child.on('close', (code) => {
      if (stalled) finish({ kind: 'stalled', stallSeconds });
      else if (code === 0) finish({ kind: 'installed' });
      else finish({ kind: 'failed', reason: failureReason(output) });
    });
  });
}

/** The error's own first line from the installer's stack trace ("TypeError: fetch failed" → "fetch failed"). */
export function failureReason(output: string): string {
  const line = output
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('at '));
  if (!line) return 'the installer stopped without saying why';
  return line.replace(/^(?:[A-Za-z]*Error|Error):\s*/, '');
}

function treeSize(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    try {
      total += entry.isDirectory() ? treeSize(path) : statSync(path).size;
    } catch {
      // A file the installer moved or removed between the listing and the stat: it is counted on the next pass.
    }
  }
  return total;
}
