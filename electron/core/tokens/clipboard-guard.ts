// Clipboard hygiene: what we copy is cleared after a while and at quit, but only if the clipboard still holds it.
import { createHash } from 'node:crypto';
import type { TimerPort } from './refresh-scheduler';

/** The clipboard port: Electron's async `clipboard` in the app (see shell/secret-clipboard.ts), a recorder in tests. */
export interface ClipboardPort {
  /** Writes a secret; the app's adapter also marks it as one for clipboard managers where the OS has a convention. */
  writeSecret(text: string): Promise<void>;
  readText(): Promise<string>;
  clear(): Promise<void>;
}

export interface ClipboardGuard {
  /** Writes `text` and plans to clear it; resolves with when that will be (null: never, the setting is 0). */
  put(text: string): Promise<number | null>;
  /** Clears the clipboard if it still holds what we put there (KeePassXC and Bitwarden do the same). */
  clearIfOurs(): Promise<boolean>;
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
    clearsAt: () => at,
    dispose: cancel,
  };
}
