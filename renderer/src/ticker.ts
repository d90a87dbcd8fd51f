// One clock for every countdown: a single 1 s interval that runs only while something on screen shows time.
import { useSyncExternalStore } from 'react';

const TICK_MS = 1000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) timer = setInterval(tick, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function getSnapshot(): number {
  // While stopped, `now` would be stale for the first subscriber; refresh it, rounded so repeated reads agree.
  // Rounded up, never down: an earlier "now" would show a fresh token with more time than it has.
  if (timer === undefined) now = Math.ceil(Date.now() / TICK_MS) * TICK_MS;
  return now;
}

const stayStill = (): (() => void) => () => {};

/**
 * The current time in ms, re-rendering the caller once a second. With `live` false (a row scrolled out of view) the
 * caller does not subscribe: it shows the time of its last render and catches up when it becomes live again.
 */
export function useNow(live = true): number {
  return useSyncExternalStore(live ? subscribe : stayStill, getSnapshot);
}
