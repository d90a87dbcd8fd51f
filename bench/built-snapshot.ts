// Copies out/ to a temp folder first, so every figure of a run measures the same build even if out/ is rebuilt meanwhile.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'out');
// Inside the project, so the main bundle's external imports (zod, electron-store) still resolve from its node_modules.
const SNAPSHOT_PARENT = join(ROOT, 'node_modules/.cache');
const ATTEMPTS = 5;

export interface BuiltSnapshot {
  readonly mainBundle: string;
  readonly rendererDir: string;
  remove(): Promise<void>;
}

/** Whether the copy is whole: the bundles exist, and so does every asset the page names. */
async function isComplete(dir: string): Promise<boolean> {
  const indexPath = join(dir, 'renderer/index.html');
  if (![join(dir, 'main/index.js'), join(dir, 'preload/index.cjs'), indexPath].every((path) => existsSync(path))) return false;
  const assets = [...(await readFile(indexPath, 'utf8')).matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
  return assets.length > 0 && assets.every((asset) => existsSync(join(dir, 'renderer', asset)));
}

export async function snapshotBuild(): Promise<BuiltSnapshot> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    await mkdir(SNAPSHOT_PARENT, { recursive: true });
    const dir = await mkdtemp(join(SNAPSHOT_PARENT, 'butlr-bench-out-'));
    await cp(OUT_DIR, dir, { recursive: true }).catch(() => undefined);
    if (await isComplete(dir)) {
      return { mainBundle: join(dir, 'main/index.js'), rendererDir: join(dir, 'renderer'), remove: () => rm(dir, { recursive: true, force: true }) };
    }
    // Caught out/ halfway through a rebuild (another terminal's `npm test`): wait for it to finish and copy again.
    await rm(dir, { recursive: true, force: true });
    await new Promise((done) => setTimeout(done, 1000 * attempt));
  }
  throw new Error(`${OUT_DIR} is missing or incomplete: run \`npm run build\` first (\`npm run bench\` does it for you).`);
}
