// Where the built bundles are; `npm test` builds them first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const OUT_DIR = resolve(import.meta.dirname, '../../out');
export const MAIN_BUNDLE = resolve(OUT_DIR, 'main/index.js');
export const PRELOAD_BUNDLE = resolve(OUT_DIR, 'preload/index.cjs');
export const RENDERER_DIR = resolve(OUT_DIR, 'renderer');
export const CLI_BUNDLE = resolve(OUT_DIR, 'cli/butlr-cred.mjs');

export function assertBuilt(...paths: string[]): void {
  for (const path of paths) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (\`npm test\` does it for you).`);
  }
}
