// What every board row does whatever its density: its element's attributes (virtual place, selection, list position), the
// click that makes it the keyboard's row, the double-click that copies, its menu (right-click, Shift+F10, the context-menu
// key, or More), Alt+arrows that move it, the in-row delete question, and whether its countdown follows the clock.
import { useCallback, useRef, useState, type HTMLAttributes, type KeyboardEvent, type MouseEvent, type Ref, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { factsOf } from '../../shared/credentials/credential-kinds';
import type { ProfileView } from '../../shared/profile';
import type { MenuPoint } from './components/menu';
import { profileRowId } from './element-ids';
import { useCopyProfileToken, type CopyProfileToken } from './use-copy-profile-token';
import { offersRetry } from './profile-attention';
import { useOnScreen } from './use-on-screen';
import { describeProblem } from './token-view';

export interface BoardRowProps {
  readonly profile: ProfileView;
  /** Its details are open. */
  readonly selected: boolean;
  /** The keyboard's selection: what Enter, Ctrl/Cmd+C and Ctrl/Cmd+R act on. */
  readonly current: boolean;
  readonly expiringSoonMs: number;
  /** Makes it the keyboard's row (a click, a right-click). */
  readonly onSelect: (id: string) => void;
  /** Opens or closes its details. */
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

/** The row's menu while open: at the pointer (a right-click), or under its More button (null). */
export interface RowMenuState {
  readonly at: MenuPoint | null;
}

export interface ProfileRowState {
  /** Spread on the row's <li>. */
  readonly rowProps: RowElementProps;
  /** Whether the countdown follows the ticker: off screen it stops, so a tick costs only the rows a person can see. */
  readonly live: boolean;
  readonly moves: { readonly up: (() => void) | null; readonly down: (() => void) | null };
  readonly copy: CopyProfileToken;
  readonly menu: RowMenuState | null;
  /** `returnTo`: where focus goes when the menu closes with Esc or a choice (the More button, or what had focus). */
  readonly openMenu: (at: MenuPoint | null, returnTo: HTMLElement | null) => void;
  readonly closeMenu: (returnFocus?: boolean) => void;
  readonly confirmingDelete: boolean;
  readonly askToDelete: () => void;
  readonly stopConfirming: () => void;
  /** The row's More button: where focus goes back after "Cancel" on the delete question. */
  readonly moreButton: RefObject<HTMLButtonElement | null>;
  /** The sentence that explains what needs attention, or null. */
  readonly problem: string | null;
  /**
   * Opens the form at the secret field, empty and ready for a paste: "Enter secret" when the saved one is missing or not
   * usable, "Update secret" (or password) when Butlr rejected it, "Confirm reference" (at where the secret comes from) for a
   * secret reference that is not confirmed as it stands; null otherwise, while the keyring is awaited, and for a damaged profile.
   */
  readonly secretAction: SecretAction | null;
  /** The last sign-in failed for a reason that passes (429, 5xx, network, timeout): the row offers Retry. */
  readonly offersRetry: boolean;
}

/** "Enter secret" or "Update secret", and what it does. */
export interface SecretAction {
  readonly label: string;
  readonly run: () => void;
}

/** The label of the row's secret action (see `secretAction`), or null when the row offers none. */
export function secretActionLabel(profile: ProfileView): string | null {
  if (profile.damage !== null) return null;
  // Waiting for the keyring: the saved secret is kept and read again on its own, so there is nothing to type.
  if (profile.secret === 'waiting') return null;
  // A reference main will not run has nothing to type: the form opens at where the secret comes from, to read and save it.
  if (profile.secret !== 'set') return profile.secretReference ? 'Confirm reference' : 'Enter secret';
  const rejected = profile.token.state === 'failed' && profile.token.error.code === 'rejected_credentials';
  return rejected ? `Update ${factsOf(profile.kind).secret.word}` : null;
}

/** A row's own controls, which keep their clicks: the row neither selects, copies nor opens its menu for these. */
const CONTROLS = 'button, a, input, [role="menu"], .delete-confirmation';

function isControl(target: EventTarget): boolean {
  return target instanceof Element && target.closest(CONTROLS) !== null;
}

function rowClass(density: string, selected: boolean, current: boolean): string {
  return ['profile-row', `profile-row-${density}`, selected && 'profile-row-selected', current && 'profile-row-current'].filter(Boolean).join(' ');
}

export function useProfileRow(props: BoardRowProps, density: 'comfortable' | 'compact'): ProfileRowState {
  const { profile, selected, current, onSelect, onMove, canMove, index, top, posInSet, setSize, measure } = props;
  const [onScreenRef, live] = useOnScreen<HTMLLIElement>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [menu, setMenu] = useState<RowMenuState | null>(null);
  const menuReturn = useRef<HTMLElement | null>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const rowElement = useRef<HTMLLIElement | null>(null);
  const copy = useCopyProfileToken();
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

  const openMenu = (at: MenuPoint | null, returnTo: HTMLElement | null): void => {
    menuReturn.current = returnTo;
    // The keyboard's row stays mounted (virtual-board.tsx), so its menu is not scrolled out of the DOM.
    onSelect(profile.id);
    setMenu({ at });
  };
  const closeMenu = (returnFocus = false): void => {
    flushSync(() => setMenu(null));
    if (returnFocus) (menuReturn.current?.isConnected ? menuReturn.current : rowElement.current)?.focus({ preventScroll: true });
  };

  const stopConfirming = (): void => {
    // Back to the More button the question came from, rather than letting focus fall to the top of the page.
    flushSync(() => setConfirmingDelete(false));
    (moreButton.current ?? rowElement.current)?.focus();
  };

  // A click anywhere in the row makes it the keyboard's row, so Enter, Ctrl/Cmd+C and Shift+F10 act on it next and never
  // on the row that was current before (a click on its Copy included); not while the person is selecting text to copy.
  // The row takes focus unless one of its own controls did. The name opens the details.
  const onClick = (event: MouseEvent<HTMLLIElement>): void => {
    if (window.getSelection()?.toString()) return;
    onSelect(profile.id);
    if (!isControl(event.target)) rowElement.current?.focus({ preventScroll: true });
  };

  // A double-click copies, as Copy does; its second press would otherwise select a word.
  const onMouseDown = (event: MouseEvent<HTMLLIElement>): void => {
    if (event.detail > 1 && !isControl(event.target)) event.preventDefault();
  };
  const onDoubleClick = (event: MouseEvent<HTMLLIElement>): void => {
    if (isControl(event.target)) return;
    copy.copy(profile);
  };

  // A right-click opens the menu at the pointer; a keyboard's context-menu event (button 0) opens it under More instead.
  const onContextMenu = (event: MouseEvent<HTMLLIElement>): void => {
    if (event.target instanceof Element && event.target.closest('[role="menu"], .delete-confirmation')) return;
    event.preventDefault();
    if (menu !== null && event.button !== 2) return;
    const focused = document.activeElement instanceof HTMLElement && rowElement.current?.contains(document.activeElement) ? document.activeElement : null;
    openMenu(event.button === 2 ? { x: event.clientX, y: event.clientY } : null, focused);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (event.defaultPrevented || (event.target instanceof Element && event.target.closest('[role="menu"]'))) return;
    // Shift+F10 and the context-menu key open the menu, under More; Esc (or a choice) brings focus back here.
    if ((event.key === 'F10' && event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) || event.key === 'ContextMenu') {
      event.preventDefault();
      openMenu(null, event.target instanceof HTMLElement ? event.target : null);
      return;
    }
    // Alt+↑ / Alt+↓ anywhere in the row moves it, as in editors' "move line" (the menu offers the same).
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
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
    'aria-keyshortcuts': 'Shift+F10 ContextMenu',
    'data-index': index,
    'data-testid': 'profile-row',
    'data-profile-name': profile.name,
    'data-profile-id': profile.id,
    'data-color': profile.color ?? undefined,
    onClick,
    onMouseDown,
    onDoubleClick,
    onContextMenu,
    onKeyDown,
  };

  const secretLabel = secretActionLabel(profile);
  return {
    rowProps,
    live,
    moves,
    copy,
    menu,
    openMenu,
    closeMenu,
    confirmingDelete,
    askToDelete: () => setConfirmingDelete(true),
    stopConfirming,
    moreButton,
    problem: describeProblem(props.profile),
    secretAction: secretLabel === null ? null : { label: secretLabel, run: () => props.onEdit(props.profile.id, true) },
    offersRetry: offersRetry(props.profile),
  };
}
