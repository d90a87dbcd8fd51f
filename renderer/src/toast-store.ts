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
}

export type ToastExtras = Pick<Toast, 'action' | 'until'>;

/** One at a time: a new toast replaces the one on screen, so a burst of clicks cannot bury the window. */
const MAX_TOASTS = 1;
const listeners = new Set<() => void>();
let toasts: readonly Toast[] = [];
let nextId = 1;

function publish(next: readonly Toast[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

/** A toast whose Undo still works: a passing confirmation does not take its place (an error still does). */
function holdsUndo(toast: Toast | undefined, now: number): boolean {
  return toast?.action?.undo === true && (toast.until ?? 0) > now;
}

export function showToast(kind: ToastKind, message: string, extras: ToastExtras = {}): void {
  if (kind === 'status' && extras.action === undefined && holdsUndo(toasts.at(-1), Date.now())) return;
  publish([...toasts, { id: nextId++, kind, message, ...extras }].slice(-MAX_TOASTS));
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
