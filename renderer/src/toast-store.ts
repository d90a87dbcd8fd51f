// The list of toasts on screen: anything may add one; the toast region shows them and removes them when they time out.
import { useSyncExternalStore } from 'react';

export type ToastKind = 'status' | 'alert';

/** A button on the toast, e.g. Undo; `undo` also answers Ctrl/Cmd+Z while the toast is up. */
export interface ToastAction {
  readonly label: string;
  readonly run: () => void;
  readonly undo?: boolean;
}

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly message: string;
  readonly action?: ToastAction;
  /** When the toast must leave whatever the person is doing (its action stops working then); otherwise it times out as usual. */
  readonly until?: number;
  /** When the clipboard will be cleared of what was just copied; the toast counts down to it. */
  readonly clipboardClearsAt?: number;
}

export type ToastExtras = Pick<Toast, 'action' | 'until' | 'clipboardClearsAt'>;

/** Older toasts beyond this are dropped, so a burst of clicks cannot bury the window. */
const MAX_TOASTS = 3;
const listeners = new Set<() => void>();
let toasts: readonly Toast[] = [];
let nextId = 1;

function publish(next: readonly Toast[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

export function showToast(kind: ToastKind, message: string, extras: ToastExtras = {}): void {
  // The same message twice (Copy, Copy) replaces the first instead of stacking a duplicate.
  const others = toasts.filter((toast) => toast.message !== message);
  publish([...others, { id: nextId++, kind, message, ...extras }].slice(-MAX_TOASTS));
}

export function dismissToast(id: number): void {
  publish(toasts.filter((toast) => toast.id !== id));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(subscribe, () => toasts);
}
