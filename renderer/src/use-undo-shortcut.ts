// Ctrl+Z (Cmd+Z on macOS) runs the newest toast's Undo, unless the person is typing or a dialog is open.
import { useEffect } from 'react';
import { dismissToast, type Toast } from './toast-store';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

export function useUndoShortcut(toasts: readonly Toast[]): void {
  useEffect(() => {
    const undoable = toasts.findLast((toast) => toast.action?.undo);
    if (!undoable?.action) return;
    const { action } = undoable;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      // Inside a text field Ctrl+Z undoes typing, as everywhere else.
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      dismissToast(undoable.id);
      action.run();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [toasts]);
}
