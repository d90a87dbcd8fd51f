// Ctrl/Cmd+Z for the newest toast's Undo (use-undo-shortcut.ts), as a later part: only a delete, itself a later part,
// puts an Undo on a toast, so the first paint does not need the listener.
import type { Toast } from '../toast-store';
import { useUndoShortcut } from '../use-undo-shortcut';

export function UndoShortcut({ toasts }: { readonly toasts: readonly Toast[] }) {
  useUndoShortcut(toasts);
  return null;
}
