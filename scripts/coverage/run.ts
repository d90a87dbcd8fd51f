// npm run coverage: one command for the whole app's line coverage. The renderer only runs as a built bundle in Chromium,
// so vitest's own coverage (Node) misses it; this builds it with source maps, lets the E2E pages record it, and merges.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { COVERAGE_DIR, ROOT, writeCoverageReport } from './report';

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number =>
  spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
// BUTLR_COVERAGE: electron.vite.config.ts builds the renderer unminified with source maps, the E2E fixtures load that
// build from coverage/build and record what each page ran.
const coverageEnv = { ...process.env, BUTLR_COVERAGE: '1' };

await rm(COVERAGE_DIR, { recursive: true, force: true });
// out/ as `npm test` builds it, for the suites that check the shipped bundles; then the coverage build beside it.
if (run('npx', ['electron-vite', 'build']) !== 0) process.exit(1);
// An absolute --outDir: electron-vite would resolve a relative one against renderer/ for the renderer.
if (run('npx', ['electron-vite', 'build', '--outDir', join(COVERAGE_DIR, 'build')], coverageEnv) !== 0) process.exit(1);
// Every suite, as `npm test` runs them, with vitest measuring the Node side into coverage/node.
const testsStatus = run('npx', ['vitest', 'run', '--coverage', ...process.argv.slice(2)], coverageEnv);
await writeCoverageReport();
process.exit(testsStatus);
