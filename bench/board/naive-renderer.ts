// Builds renderer variants with the app's own config: the naive baseline board is the real renderer with every row mounted
// (the virtualized list swapped for a plain map) and the shared ticker swapped for one interval per row.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, mergeConfig, type InlineConfig, type Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED_TICKER = resolve(ROOT, 'renderer/src/ticker.ts');
const NAIVE_TICKER = resolve(import.meta.dirname, 'naive-ticker.ts');
const VIRTUAL_BOARD = resolve(ROOT, 'renderer/src/components/virtual-board.tsx');
const NAIVE_BOARD = resolve(import.meta.dirname, 'naive-board.tsx');

/** Every import that resolves to a key of `swaps` (an absolute path) gets its value instead; nothing else changes. */
function swapModules(swaps: Readonly<Record<string, string>>, swapped: Set<string>): Plugin {
  return {
    name: 'bench:swap-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved ? swaps[resolved.id] : undefined;
      if (swap === undefined) return null;
      swapped.add(resolved!.id);
      return swap;
    },
  };
}

export interface RendererBuild {
  /** The folder holding the build's index.html and assets: a fresh temp folder, out/ is left alone. */
  readonly dir: string;
  remove(): Promise<void>;
}

/** The renderer exactly as `npm run build` makes it (same config, same plugins), with some of its modules swapped. */
export async function buildRendererVariant(swaps: Readonly<Record<string, string>>): Promise<RendererBuild> {
  const resolved = await resolveConfig({ configFile: resolve(ROOT, 'electron.vite.config.ts'), logLevel: 'silent' }, 'build', 'production');
  const renderer = resolved.config?.renderer as InlineConfig | undefined;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer config.');
  const outDir = await mkdtemp(join(tmpdir(), 'butlr-bench-renderer-'));
  const swapped = new Set<string>();
  await build(mergeConfig(renderer, { configFile: false, logLevel: 'silent', plugins: [swapModules(swaps, swapped)], build: { outDir, emptyOutDir: true } }));
  // A module that moved or was renamed would leave the variant identical to the app, and its figures meaningless.
  const missed = Object.keys(swaps).filter((path) => !swapped.has(path));
  if (missed.length > 0) {
    await rm(outDir, { recursive: true, force: true });
    throw new Error(`No import of ${missed.join(', ')} was swapped: update bench/board/naive-renderer.ts.`);
  }
  return { dir: outDir, remove: () => rm(outDir, { recursive: true, force: true }) };
}

export const buildNaiveRenderer = (): Promise<RendererBuild> => buildRendererVariant({ [SHARED_TICKER]: NAIVE_TICKER, [VIRTUAL_BOARD]: NAIVE_BOARD });
