// What every board row does whatever its density: its element's attributes (virtual place, selection, list position), the
// click that selects it, Alt+arrows that move it, the in-row delete question, and whether its countdown follows the clock.
import { useCallback, useRef, useState, type HTMLAttributes, type KeyboardEvent, type MouseEvent, type Ref, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { ProfileView } from '../../shared/profile';
import { profileRowId } from './element-ids';
import { useOnScreen } from './use-on-screen';

export interface BoardRowProps {
  readonly profile: ProfileView;
  /** Its details are open. */
  readonly selected: boolean;
  /** The keyboard's selection: what Enter, Ctrl/Cmd+C and Ctrl/Cmd+R act on. */
  readonly current: boolean;
  readonly expiringSoonMs: number;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (id: string) => void;
  /** `focusSecret`: open the form at the secret field. */
  readonly onEdit: (id: string, focusSecret: boolean) => void;
  /** Moves it a place up (-1) or down (1) in the manual order; each direction is false where it cannot go. */
  readonly onMove: (id: string, delta: -1 | 1) => void;
  readonly canMove: { readonly up: boolean; readonly down: boolean };
  /** Its index among the virtual list's items (the virtualizer measures it by this) and its offset from the list's top. */
  readonly index: number;
  readonly top: number;
  /** Its place in its list (its group, or the whole board), for screen readers: only part of the list is in the DOM. */
  readonly posInSet: number;
  readonly setSize: number;
  /** The virtualizer's measuring ref: rows differ in height (tags, a problem line, the delete question). */
  readonly measure: (element: HTMLLIElement | null) => void;
}

type RowElementProps = HTMLAttributes<HTMLLIElement> & { readonly ref: Ref<HTMLLIElement> } & { readonly [data: `data-${string}`]: string | number | undefined };

export interface ProfileRowState {
  /** Spread on the row's <li>. */
  readonly rowProps: RowElementProps;
  /** Whether the countdown follows the ticker: off screen it stops, so a tick costs only the rows a person can see. */
  readonly live: boolean;
  readonly moves: { readonly up: (() => void) | null; readonly down: (() => void) | null };
  readonly confirmingDelete: boolean;
  readonly askToDelete: () => void;
  readonly stopConfirming: () => void;
  /** The row's own Delete button, where focus goes back after "Cancel"; the compact row has none and falls back to the row. */
  readonly deleteButton: RefObject<HTMLButtonElement | null>;
}

function rowClass(density: string, selected: boolean, current: boolean): string {
  return ['profile-row', `profile-row-${density}`, selected && 'profile-row-selected', current && 'profile-row-current'].filter(Boolean).join(' ');
}

export function useProfileRow(props: BoardRowProps, density: 'comfortable' | 'compact'): ProfileRowState {
  const { profile, selected, current, onSelect, onMove, canMove, index, top, posInSet, setSize, measure } = props;
  const [onScreenRef, live] = useOnScreen<HTMLLIElement>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const rowElement = useRef<HTMLLIElement | null>(null);
  const moves = { up: canMove.up ? () => onMove(profile.id, -1) : null, down: canMove.down ? () => onMove(profile.id, 1) : null };

  const ref = useCallback(
    (element: HTMLLIElement | null) => {
      rowElement.current = element;
      measure(element);
      const stopWatching = onScreenRef(element);
      return () => {
        stopWatching?.();
        rowElement.current = null;
        measure(null);
      };
    },
    [measure, onScreenRef],
  );

  const stopConfirming = (): void => {
    // Back to the Delete button that asked, rather than letting focus fall to the top of the page.
    flushSync(() => setConfirmingDelete(false));
    (deleteButton.current ?? rowElement.current)?.focus();
  };

  // A click anywhere on the row selects it, except on its own controls or while the person is selecting text to copy.
  const onClick = (event: MouseEvent<HTMLLIElement>): void => {
    if (event.target instanceof Element && event.target.closest('button, a, input, .delete-confirmation')) return;
    if (window.getSelection()?.toString()) return;
    onSelect(profile.id);
  };

  // Alt+↑ / Alt+↓ anywhere in the row moves it, as in editors' "move line" (the menu offers the same).
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (event.defaultPrevented || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const move = event.key === 'ArrowUp' ? moves.up : event.key === 'ArrowDown' ? moves.down : undefined;
    if (move === undefined) return;
    event.preventDefault();
    move?.();
  };

  const rowProps: RowElementProps = {
    ref,
    id: profileRowId(profile.id),
    // The name button is the keyboard's way in; the row takes focus only from the arrow keys, so Tab still walks its buttons.
    tabIndex: -1,
    className: rowClass(density, selected, current),
    style: { top },
    'aria-current': current ? 'true' : undefined,
    'aria-label': profile.name,
    'aria-posinset': posInSet,
    'aria-setsize': setSize,
    'data-index': index,
    'data-testid': 'profile-row',
    'data-profile-name': profile.name,
    'data-profile-id': profile.id,
    'data-color': profile.color ?? undefined,
    onClick,
    onKeyDown,
  };

  return { rowProps, live, moves, confirmingDelete, askToDelete: () => setConfirmingDelete(true), stopConfirming, deleteButton };
}
