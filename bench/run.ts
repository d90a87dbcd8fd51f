// npm run bench: measures each figure beside its baseline in one run, prints the table and writes bench/results.json.
import { benchBoard } from './board/board-benchmark';
import { buildNaiveRenderer } from './board/naive-renderer';
import { snapshotBuild } from './built-snapshot';
import { benchCopyLatency } from './engine/copy-latency';
import { benchFetchOverhead } from './engine/fetch-overhead';
import type { Figure } from './figure';
import { renderTable } from './report-table';
import { RESULTS_PATH, writeResults } from './results-file';
import { benchBundleSize } from './startup/bundle-size';
import { benchMainStart } from './startup/main-start';
import { benchStore } from './store/store-benchmark';

const started = performance.now();
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
// Both builds first, back to back, so they come from the same sources.
const snapshot = await snapshotBuild();
const naiveRenderer = await buildNaiveRenderer();
const figures: Figure[] = [];
try {
  const steps: [string, () => Promise<Figure[]>][] = [
    ['1. fetch overhead', benchFetchOverhead],
    ['2. copy latency', benchCopyLatency],
    ['3. the board at 1,000 profiles', () => benchBoard({ rendererDir: snapshot.rendererDir, naiveRendererDir: naiveRenderer.dir })],
    ['4. the stores at 10,000 profiles', benchStore],
    ['5. bundle size', () => benchBundleSize(snapshot.rendererDir)],
    ['5. main bundle start', () => benchMainStart(snapshot.mainBundle)],
  ];
  for (const [name, bench] of steps) {
    console.info(`[bench ${elapsed()}] ${name}…`);
    figures.push(...(await bench()));
  }
} finally {
  await snapshot.remove();
  await naiveRenderer.remove();
}

const durationSeconds = Math.round((performance.now() - started) / 100) / 10;
await writeResults(figures, durationSeconds);
const missed = figures.filter((figure) => figure.pass === false);
console.log(`\n${renderTable(figures)}\n`);
console.log(`${figures.filter((figure) => figure.pass !== null).length - missed.length} of ${figures.filter((figure) => figure.pass !== null).length} targets met` + (missed.length > 0 ? ` (missed: ${missed.map((figure) => figure.id).join(', ')})` : '') + `. ${durationSeconds} s. Written to ${RESULTS_PATH}.`);
