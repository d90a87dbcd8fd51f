// @bcoe/v8-coverage ships no types; this is the one function scripts/coverage uses, as vitest's coverage-v8 calls it.
declare module '@bcoe/v8-coverage' {
  import type { Profiler } from 'node:inspector';

  export interface ProcessCov {
    result: Profiler.ScriptCoverage[];
  }

  /** Adds up the counts of the same scripts (by url) from several runs. */
  export function mergeProcessCovs(processCovs: readonly ProcessCov[]): ProcessCov;
}
