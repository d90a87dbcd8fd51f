// A chunk fetched after the first paint, as a store React can read synchronously: once it is here, a component that
// needs it renders it in the same pass, with no suspension (React.lazy would suspend once even then, and swap what it
// had drawn a frame later). Used for the later parts (components/later-part.tsx) and the virtualized board
// (components/board-rows.tsx), both started right after the window's first paint.
import { useEffect, useSyncExternalStore } from 'react';
import { showToast } from './toast-store';

export type ChunkState<Module> = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly module: Module } | { readonly state: 'failed' };

export interface ChunkStore<Module> {
  /** Starts fetching, once; later calls do nothing. */
  preload(): void;
  /** The chunk's state, re-rendering when it changes; starts fetching if nothing has yet. */
  useChunk(): ChunkState<Module>;
}

/** What a chunk that could not load is, for the console (`what`), and what the person is told (`notice`, a toast). */
export interface ChunkFailure {
  readonly what: string;
  readonly notice: string;
}

export function chunkStore<Module>(load: () => Promise<Module>, failure: ChunkFailure): ChunkStore<Module> {
  let current: ChunkState<Module> = { state: 'loading' };
  let loading: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const settle = (next: ChunkState<Module>): void => {
    current = next;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const preload = (): void => {
    loading ??= load().then(
      (module) => settle({ state: 'loaded', module }),
      (error: unknown) => {
        console.error(`Could not load ${failure.what}`, error);
        showToast('alert', failure.notice);
        settle({ state: 'failed' });
      },
    );
  };
  return {
    preload,
    useChunk() {
      useEffect(preload, []);
      return useSyncExternalStore(subscribe, () => current);
    },
  };
}
