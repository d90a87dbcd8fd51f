// Writes a store just after the current answer instead of before it: the caller does not wait for the fsync, and a
// burst of changes (many tokens renewed in one tick) costs one write.
export interface DeferredWrite {
  /** Asks for a write once the current task is done; repeated asks before then share that one write. */
  schedule(): void;
  /** Writes now if anything is pending (at quit, before a read of the file). Never throws: a failure goes to `failed`. */
  flush(): void;
  /** Writes now, pending or not, with the same outcome reporting: for changes that should not wait (a removal). */
  writeNow(): void;
}

interface DeferredWriteOptions {
  /** Saves the whole current state. */
  readonly write: () => void;
  /** The write threw. The state stays pending, so the next change (or the flush at quit) tries again with all of it. */
  readonly failed: (error: unknown) => void;
  /** The write went through. */
  readonly written?: () => void;
}

export function createDeferredWrite({ write, failed, written }: DeferredWriteOptions): DeferredWrite {
  let dirty = false;
  let timer: NodeJS.Immediate | undefined;
  const flush = (): void => {
    clearImmediate(timer);
    timer = undefined;
    if (!dirty) return;
    try {
      write();
    } catch (error) {
      failed(error);
      return;
    }
    dirty = false;
    written?.();
  };
  return {
    schedule() {
      dirty = true;
      timer ??= setImmediate(flush);
    },
    flush,
    writeNow() {
      dirty = true;
      flush();
    },
  };
}
