// npm run coverage, last step: one report for the whole app. vitest measured the Node side (coverage/node); the E2E
// pages recorded what the renderer ran in Chromium (coverage/browser-v8). Merged here, written to coverage/report, summed per folder.
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
// CommonJS packages: their default export, since Node cannot name their exports for an ES module.
import libCoverage from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
import reports from 'istanbul-reports';
import { BROWSER_COVERAGE_DIR, COVERAGE_RENDERER_DIR } from '../../tests/fixtures/browser-coverage';
import { browserToIstanbul } from './browser-to-istanbul';
import { folderTable, leastCovered, type LineCount } from './folder-table';

export const ROOT = resolve(import.meta.dirname, '../..');
export const COVERAGE_DIR = join(ROOT, 'coverage');
const REPORT_DIR = join(COVERAGE_DIR, 'report');
/** Issue 17's goal for renderer/src; below it the report names the files with the most lines unrun. */
const RENDERER_TARGET = 85;

export async function writeCoverageReport(): Promise<void> {
  const coverage = libCoverage.createCoverageMap(JSON.parse(await readFile(join(COVERAGE_DIR, 'node', 'coverage-final.json'), 'utf8')));
  // A line counts as run when either side ran it: istanbul adds the two sides' counts statement by statement.
  coverage.merge(await browserToIstanbul({ rawDir: BROWSER_COVERAGE_DIR, rendererDir: COVERAGE_RENDERER_DIR, root: ROOT }));

  const context = libReport.createContext({ dir: REPORT_DIR, coverageMap: coverage, defaultSummarizer: 'nested' });
  for (const reporter of ['html', 'lcovonly', 'json', 'json-summary'] as const) reports.create(reporter).execute(context);

  const files = new Map<string, LineCount>(coverage.files().map((file) => [relative(ROOT, file).split(sep).join('/'), coverage.fileCoverageFor(file).toSummary().lines]));
  console.log(`\nLines run by all the suites together (unit and Electron in Node, E2E in Node and Chromium):\n\n${folderTable(files)}\n`);
  const renderer = [...files].filter(([file]) => file.startsWith('renderer/src/')).reduce((sum, [, lines]) => ({ total: sum.total + lines.total, covered: sum.covered + lines.covered }), { total: 0, covered: 0 });
  if (renderer.total > 0 && (100 * renderer.covered) / renderer.total < RENDERER_TARGET) {
    console.log(`renderer/src is below its ${RENDERER_TARGET}% goal; the most lines unrun are in:\n  ${leastCovered(files, 'renderer/src/', 10).join('\n  ')}\n`);
  }
  console.log(`Reports: ${relative(ROOT, join(REPORT_DIR, 'index.html'))}, lcov.info, coverage-final.json, coverage-summary.json`);
}
