// Results, not exceptions: what crosses IPC and what the core returns is one of these.
import type { AppError } from './app-error';

export type Result<T, E = AppError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function fail<E = AppError>(error: E): Result<never, E> {
  return { ok: false, error };
}
