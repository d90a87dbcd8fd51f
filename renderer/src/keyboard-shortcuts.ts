// The board's keyboard shortcuts: one keydown listener on the document (the sheet that lists them: shortcut-list.ts).
import { useEffect, useRef } from 'react';
import { SEARCH_INPUT_ID } from './element-ids';

export interface ShortcutActions {
  readonly focusSearch: () => void;
  readonly moveSelection: (delta: -1 | 1) => void;
  readonly copySelected: () => void;
  readonly getTokenForSelected: () => void;
  readonly newProfile: () => void;
  readonly showShortcuts: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

/** A control that Enter already activates. */
function ownsEnter(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, summary, [role="menu"]') !== null;
}

/** A menu, which moves between its own items with the arrows. */
function ownsArrows(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[role="menu"]') !== null;
}

/** What a keydown means here, or null when it belongs to someone else (a text field, a dialog, a menu). */
function shortcutFor(event: KeyboardEvent, actions: ShortcutActions): (() => void) | null {
  const mod = (event.ctrlKey || event.metaKey) && !event.altKey;
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const typing = isTyping(event.target);
  const inSearch = event.target instanceof HTMLElement && event.target.id === SEARCH_INPUT_ID;

  if (mod && !event.shiftKey) {
    if (key === 'f') return actions.focusSearch;
    if (key === 'n') return actions.newProfile;
    // Ctrl/Cmd+R would reload the window; here it gets a token instead.
    if (key === 'r') return actions.getTokenForSelected;
    if (key === 'c' && !typing && !window.getSelection()?.toString()) return actions.copySelected;
    return null;
  }
  if (!plain) return null;
  if ((key === 'ArrowDown' || key === 'ArrowUp') && !event.shiftKey && (inSearch || (!typing && !ownsArrows(event.target)))) {
    return () => actions.moveSelection(key === 'ArrowDown' ? 1 : -1);
  }
  if (typing) return null;
  if (key === '/') return actions.focusSearch;
  if (key === '?') return actions.showShortcuts;
  if (key === 'Enter' && !ownsEnter(event.target)) return actions.copySelected;
  return null;
}

/** Listens while mounted; `actions` may change every render (the latest is used). */
export function useKeyboardShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      // A modal dialog keeps its keys (Esc closes it natively); so does anything that already handled the key.
      if (event.defaultPrevented || event.isComposing) return;
      if (document.querySelector('dialog[open]')) {
        // Never reload the window underneath a dialog either.
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'r') event.preventDefault();
        return;
      }
      const run = shortcutFor(event, latest.current);
      if (!run) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
