// Runs our measurement and its baseline's alternately (ABBA order), so drift in the machine hits both sides alike.

export interface PairedSamples {
  readonly ours: number[];
  readonly baseline: number[];
}

export interface InterleaveOptions {
  /** Rounds run first and thrown away (JIT warm-up, connection pool, file cache). */
  readonly warmup: number;
  readonly rounds: number;
}

/** One sample: usually milliseconds, but a measurement may report whatever it counts (bytes, in-page times). */
export type Measurement = () => Promise<number>;

/** Wraps an operation into a measurement of its wall time in milliseconds. */
export function timed(run: () => Promise<unknown>): Measurement {
  return async () => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
}

/**
 * Times `run` until it answers; `afterwards` then runs outside the sample. For work the app does just after an answer
 * (the deferred writes): left pending, it would land in the next sample, which may be the baseline's.
 */
export function timedUntilAnswer<T>(run: () => Promise<T>, afterwards: (answer: T) => void): Measurement {
  return async () => {
    const start = performance.now();
    const answer = await run();
    const elapsed = performance.now() - start;
    afterwards(answer);
    return elapsed;
  };
}

export async function interleave(ours: Measurement, baseline: Measurement, { warmup, rounds }: InterleaveOptions): Promise<PairedSamples> {
  const samples: PairedSamples = { ours: [], baseline: [] };
  for (let round = 0; round < warmup + rounds; round += 1) {
    // Odd rounds run the baseline first: neither side always gets the warm (or the cold) slot.
    const oursFirst = round % 2 === 0;
    const first = await (oursFirst ? ours : baseline)();
    const second = await (oursFirst ? baseline : ours)();
    if (round < warmup) continue;
    samples.ours.push(oursFirst ? first : second);
    samples.baseline.push(oursFirst ? second : first);
  }
  return samples;
}
