// npm run bench:check: compares the last run's ratios (never absolute times) with bench/thresholds.json; exits 1 on a regression.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readResults } from './results-file';

interface Thresholds {
  /** Figure id → the largest ours ÷ baseline ratio it may reach. */
  readonly maxRatio: Readonly<Record<string, number>>;
}

const thresholds = JSON.parse(await readFile(resolve(import.meta.dirname, 'thresholds.json'), 'utf8')) as Thresholds;
const results = await readResults();
const problems: string[] = [];

for (const [id, max] of Object.entries(thresholds.maxRatio)) {
  const figure = results.figures.find((candidate) => candidate.id === id);
  if (!figure) {
    problems.push(`${id}: not in bench/results.json (renamed or dropped? update bench/thresholds.json)`);
    continue;
  }
  const within = figure.ratio <= max;
  console.log(`${within ? 'ok  ' : 'FAIL'} ${id}: ratio ${figure.ratio.toFixed(3)} (limit ${max}) — ${figure.label} vs ${figure.baseline.label}`);
  if (!within) problems.push(`${id}: ratio ${figure.ratio.toFixed(3)} is above its limit ${max}`);
}
// Yes/no checks made during the run (such as "profiles.json not rewritten") and counts (rows a window shows) are not
// timings, so they mean the same on any machine: a missed one is a regression too.
for (const figure of results.figures) {
  for (const target of figure.targets) {
    if (target.kind === 'holds' && !target.holds) problems.push(`${figure.id}: ${target.text} did not hold`);
    if (target.kind === 'ours-at-least' && figure.ours.median < target.value) problems.push(`${figure.id}: ${figure.ours.median} is below ${target.value}`);
  }
}

if (problems.length > 0) {
  console.error(`\nbench:check found ${problems.length} regression(s) in the run of ${results.generatedAt}:\n- ${problems.join('\n- ')}`);
  process.exitCode = 1;
} else {
  console.log(`\nbench:check: every ratio within its limit (run of ${results.generatedAt}).`);
}
