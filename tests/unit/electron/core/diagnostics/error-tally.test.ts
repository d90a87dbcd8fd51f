// The error tally: counts and last times per code, the most recent first, and the internal errors a logger is given.
import { describe, expect, it } from 'vitest';
import { countingInternalErrors, createErrorTally } from '../../../../../electron/core/diagnostics/error-tally';
import type { Logger } from '../../../../../electron/core/logger';

function clockAt(start: number): { now: () => number; set: (time: number) => void } {
  let time = start;
  return { now: () => time, set: (next) => void (time = next) };
}

describe('createErrorTally', () => {
  it('starts empty, counting from its creation', () => {
    expect(createErrorTally(() => 1_000).snapshot()).toEqual({ since: 1_000, failures: [], internalErrors: { count: 0, lastAt: null } });
  });

  it('counts each code with the time of its last failure, the most recent code first', () => {
    const clock = clockAt(1_000);
    const tally = createErrorTally(clock.now);
    clock.set(2_000);
    tally.recordFailure('rejected_credentials');
    clock.set(3_000);
    tally.recordFailure('network');
    clock.set(4_000);
    tally.recordFailure('rejected_credentials');
    tally.recordFailure('rejected_credentials');
    expect(tally.snapshot().failures).toEqual([
      { code: 'rejected_credentials', count: 3, lastAt: 4_000 },
      { code: 'network', count: 1, lastAt: 3_000 },
    ]);
  });

  it('counts internal errors apart from the codes people were answered with', () => {
    const clock = clockAt(1_000);
    const tally = createErrorTally(clock.now);
    tally.recordInternalError();
    clock.set(5_000);
    tally.recordInternalError();
    expect(tally.snapshot()).toEqual({ since: 1_000, failures: [], internalErrors: { count: 2, lastAt: 5_000 } });
  });

  it('hands out copies: a snapshot does not change afterwards', () => {
    const tally = createErrorTally(() => 1_000);
    const before = tally.snapshot();
    tally.recordFailure('timeout');
    tally.recordInternalError();
    expect(before).toEqual({ since: 1_000, failures: [], internalErrors: { count: 0, lastAt: null } });
  });
});

describe('countingInternalErrors', () => {
  it('passes every line on and counts each error', () => {
    const lines: string[] = [];
    const inner: Logger = {
      info: (message) => void lines.push(`info ${message}`),
      warn: (message) => void lines.push(`warn ${message}`),
      error: (message, error) => void lines.push(`error ${message} ${(error as Error).message}`),
    };
    const tally = createErrorTally(() => 7_000);
    const logger = countingInternalErrors(inner, tally);
    logger.info('profiles: created profile 1');
    logger.warn('ipc: refused profiles:list from an unknown sender');
    logger.error('activity: could not save the history', new Error('disk full'));
    expect(lines).toEqual(['info profiles: created profile 1', 'warn ipc: refused profiles:list from an unknown sender', 'error activity: could not save the history disk full']);
    expect(tally.snapshot().internalErrors).toEqual({ count: 1, lastAt: 7_000 });
    expect(tally.snapshot().failures).toEqual([]);
  });
});
