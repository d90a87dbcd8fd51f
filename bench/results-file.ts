// bench/results.json: the last run's figures with the machine they ran on (gitignored; bench/check-ratios.ts reads it).
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, platform, release } from 'node:os';
import { resolve } from 'node:path';
import type { Figure } from './figure';

export const RESULTS_PATH = resolve(import.meta.dirname, 'results.json');

export interface BenchResults {
  readonly generatedAt: string;
  readonly command: string;
  readonly durationSeconds: number;
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly node: string; readonly os: string };
  readonly figures: readonly Figure[];
}

export async function writeResults(figures: readonly Figure[], durationSeconds: number): Promise<BenchResults> {
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    command: 'npm run bench',
    durationSeconds,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, os: `${platform()} ${release()}` },
    figures,
  };
  await writeFile(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

export async function readResults(): Promise<BenchResults> {
  try {
    return JSON.parse(await readFile(RESULTS_PATH, 'utf8')) as BenchResults;
  } catch {
    throw new Error(`${RESULTS_PATH} is missing or unreadable: run \`npm run bench\` first.`);
  }
}
