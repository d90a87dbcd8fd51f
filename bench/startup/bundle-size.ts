// Figure 5a: the renderer's JavaScript and CSS, gzipped, beside the smallest React page built with the same settings.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { makeFigure, type Figure } from '../figure';

const REACT_FLOOR_ENTRY = resolve(import.meta.dirname, 'react-floor.tsx');

/** Sum of each .js and .css file in `assetsDir`, gzipped at level 9 one by one (as a server would send them), in bytes. */
async function gzippedAssets(assetsDir: string): Promise<{ total: number; files: Record<string, number> }> {
  const files: Record<string, number> = {};
  for (const name of (await readdir(assetsDir)).filter((file) => file.endsWith('.js') || file.endsWith('.css')).sort()) {
    files[name] = gzipSync(await readFile(join(assetsDir, name)), { level: 9 }).byteLength;
  }
  return { total: Object.values(files).reduce((sum, size) => sum + size, 0), files };
}

async function reactFloorBytes(): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), 'butlr-bench-react-floor-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      build: { outDir, emptyOutDir: true, minify: true, assetsDir: 'assets', rolldownOptions: { input: REACT_FLOOR_ENTRY } },
    });
    return (await gzippedAssets(join(outDir, 'assets'))).total;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export async function benchBundleSize(rendererDir: string): Promise<Figure[]> {
  const ours = await gzippedAssets(join(rendererDir, 'assets'));
  const floor = await reactFloorBytes();
  return [
    makeFigure({
      id: 'renderer-gzip',
      label: 'Size: renderer JS + CSS, gzipped',
      unit: 'kB',
      ours: [ours.total / 1000],
      baseline: [floor / 1000],
      baselineLabel: 'React 19 alone (createRoot + one <p>)',
      targets: [{ kind: 'ours-at-most', value: 100 }],
      extra: { gzipLevel: 9, files: ours.files },
    }),
  ];
}
