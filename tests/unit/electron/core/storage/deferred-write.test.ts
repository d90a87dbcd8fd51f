// A deferred write runs once after the current task, however often it was asked for, and keeps its state on failure.
import { describe, expect, it } from 'vitest';
import { createDeferredWrite } from '../../../../../electron/core/storage/deferred-write';
import { flushIo } from '../../../../fixtures/manual-clock';

function recordingWrite(options: { failWith?: () => Error | null } = {}) {
  const log: string[] = [];
  const deferred = createDeferredWrite({
    write() {
      const error = options.failWith?.();
      if (error) throw error;
      log.push('write');
    },
    failed: (error) => log.push(`failed: ${(error as Error).message}`),
    written: () => log.push('written'),
  });
  return { deferred, log };
}

describe('a deferred write', () => {
  it('waits for the current task to end, then writes once for every ask before it', async () => {
    const { deferred, log } = recordingWrite();
    deferred.schedule();
    deferred.schedule();
    deferred.schedule();
    expect(log).toEqual([]);
    await flushIo();
    expect(log).toEqual(['write', 'written']);
  });

  it('writes at once on flush, and not again afterwards', async () => {
    const { deferred, log } = recordingWrite();
    deferred.schedule();
    deferred.flush();
    expect(log).toEqual(['write', 'written']);
    await flushIo();
    deferred.flush();
    expect(log).toEqual(['write', 'written']);
  });

  it('writes at once on writeNow, taking any pending write with it', async () => {
    const { deferred, log } = recordingWrite();
    deferred.writeNow();
    expect(log).toEqual(['write', 'written']);
    deferred.schedule();
    deferred.writeNow();
    await flushIo();
    expect(log).toEqual(['write', 'written', 'write', 'written']);
  });

  it('does nothing on flush when nothing is pending', () => {
    const { deferred, log } = recordingWrite();
    deferred.flush();
    expect(log).toEqual([]);
  });

  it('reports a failed write instead of throwing, and tries again on the next flush', async () => {
    let disk: Error | null = new Error('disk full');
    const { deferred, log } = recordingWrite({ failWith: () => disk });
    deferred.schedule();
    await flushIo();
    expect(log).toEqual(['failed: disk full']);
    disk = null;
    deferred.flush();
    expect(log).toEqual(['failed: disk full', 'write', 'written']);
  });
});
