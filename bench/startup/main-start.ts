// Figure 5b: starting the built main bundle under the Electron stand-in until its window loads, vs starting plain Node.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTempDataDir } from '../../tests/fixtures/temp-data-dir';
import { makeFigure, type Figure } from '../figure';
import { interleave, timed } from '../interleave';

const run = promisify(execFile);
const STAND_IN_REGISTER = resolve(import.meta.dirname, '../../tests/electron/stand-in/register.mjs');
const LOAD_MAIN = resolve(import.meta.dirname, 'load-main.mjs');

export async function benchMainStart(mainBundle: string): Promise<Figure[]> {
  const dataDir = await createTempDataDir('butlr-bench-start-');
  try {
    // A fresh data folder is the first-launch case: the stores create their files.
    const env = { ...process.env, BUTLR_DATA_DIR: dataDir.path };
    const ours = timed(() => run(process.execPath, ['--import', STAND_IN_REGISTER, LOAD_MAIN, mainBundle], { env }));
    const baseline = timed(() => run(process.execPath, ['-e', '0'], { env }));
    const samples = await interleave(ours, baseline, { warmup: 1, rounds: 10 });
    return [
      makeFigure({
        id: 'main-start',
        label: 'Start: built main bundle until its window loads',
        unit: 'ms',
        ours: samples.ours,
        baseline: samples.baseline,
        baselineLabel: 'node -e 0',
        extra: { loader: 'node --import tests/electron/stand-in/register.mjs bench/startup/load-main.mjs' },
      }),
    ];
  } finally {
    await dataDir.remove();
  }
}
