// The storage port: electron-store in the app, its base `conf` in tests. Both write atomically with the mode we give.
export interface KeyValueStore<T extends Record<string, unknown>> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  readonly path: string;
}

/** File mode for every store file: readable and writable by the user only. */
export const STORE_FILE_MODE = 0o600;
