// Clipboard hygiene: what we copy is cleared after a while and at quit, but only if the clipboard still holds it.
import { createHash } from 'node:crypto';
import type { TimerPort } from './refresh-scheduler';

/** The clipboard port: Electron's async `clipboard` in the app (see shell/secret-clipboard.ts), a recorder in tests. */
export interface ClipboardPort {
  /** Writes a secret; the app's adapter also marks it as one for clipboard managers where the OS has a convention. */
  writeSecret(text: string): Promise<void>;
  readText(): Promise<string>;
  /** Electron's `clipboard.clear()` is synchronous: the app's adapter has cleared before its promise is even returned. */
  clear(): Promise<void>;
}

export interface ClipboardGuard {
  /** Writes `text` and plans to clear it; resolves with when that will be (null: never, the setting is 0). */
  put(text: string): Promise<number | null>;
  /** Clears the clipboard if it still holds what we put there (KeePassXC and Bitwarden do the same). */
  clearIfOurs(): Promise<boolean>;
  /**
   * The session is ending (log-off, shutdown): nothing after this call is sure to run, so there is no time to read the
   * clipboard first. If our token may still be there, the clipboard is cleared now; the session's clipboard ends with it anyway.
   */
  clearAtSessionEnd(): void;
  clearsAt(): number | null;
  dispose(): void;
}

interface ClipboardGuardDeps {
  readonly clipboard: ClipboardPort;
  readonly timers: TimerPort;
  readonly now: () => number;
  /** 0 means "never clear"; read on every copy so a changed setting applies at once. */
  readonly clearAfterMs: () => number;
  /**
   * Hears when the planned clear moves: a copy plans one (null when the setting is 0), a clear (timed, "Clear now" or at
   * quit) ends it, whether or not the clipboard still held our token. The window's clipboard strip follows this.
   */
  readonly onChange?: (clearsAt: number | null) => void;
}

// Only a digest is kept, so the token is not held in memory just to recognise it later.
const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

export function createClipboardGuard({ clipboard, timers, now, clearAfterMs, onChange }: ClipboardGuardDeps): ClipboardGuard {
  let ours: string | null = null;
  let timer: unknown;
  let at: number | null = null;

  const cancel = (): void => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    at = null;
  };

  const clearIfOurs = async (): Promise<boolean> => {
    const planned = at !== null || ours !== null;
    cancel();
    const expected = ours;
    ours = null;
    if (planned) onChange?.(null);
    if (expected === null || digest(await clipboard.readText()) !== expected) return false;
    await clipboard.clear();
    return true;
  };

  return {
    async put(text) {
      cancel();
      await clipboard.writeSecret(text);
      ours = digest(text);
      const delay = clearAfterMs();
      if (delay > 0) {
        at = now() + delay;
        timer = timers.setTimeout(() => void clearIfOurs(), delay);
      }
      onChange?.(at);
      return at;
    },
    clearIfOurs,
    clearAtSessionEnd() {
      const held = ours !== null;
      cancel();
      ours = null;
      if (held) void clipboard.clear();
    },
    clearsAt: () => at,
    dispose: cancel,
  };
}
