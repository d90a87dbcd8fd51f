// Builds butlr-cred into one self-contained file: ESM for `node out/cli/butlr-cred.mjs` and npm's bin, CommonJS for Node's single executable.
import { chmod, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const REPO = resolve(import.meta.dirname, '../..');
export const CLI_BUNDLE = join(REPO, 'out/cli/butlr-cred.mjs');

export interface CliBuildOptions {
  /** The repository (electron.vite.config.ts passes its own folder: the config is bundled elsewhere before it runs). */
  readonly root?: string;
  readonly outDir?: string;
  /** `es` for the bin; `cjs` for a single executable, which Node 20 and 22 run only as CommonJS. */
  readonly format?: 'es' | 'cjs';
  readonly fileName?: string;
}

/** One file with everything in it (zod too) and only Node's built-in modules outside: no runtime dependency. */
export async function buildCli({ root = REPO, outDir = join(root, 'out/cli'), format = 'es', fileName = 'butlr-cred.mjs' }: CliBuildOptions = {}): Promise<string> {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { __BUTLR_CRED_VERSION__: JSON.stringify(version) },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(root, 'cli/butlr-cred.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      copyPublicDir: false,
      rolldownOptions: {
        output: { format, entryFileNames: fileName, banner: format === 'es' ? '#!/usr/bin/env node' : '', codeSplitting: false },
      },
    },
  });
  const path = join(outDir, fileName);
  await chmod(path, 0o755);
  return path;
}
