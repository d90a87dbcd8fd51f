// A menu of actions (role="menu"), opened under its button or at a point (a right-click): the first item takes focus,
// the arrows, Home and End move between items, Esc, Tab or a click elsewhere closes it, and the caller puts focus back.
// A later part (later-parts.ts): a menu opens on a click, long after the window has fetched it.
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';

export interface MenuItem {
  readonly label: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
  readonly keyshortcuts?: string;
}

export interface MenuPoint {
  readonly x: number;
  readonly y: number;
}

interface MenuProps {
  readonly id: string;
  /** The menu's accessible name. */
  readonly label: string;
  readonly items: readonly MenuItem[];
  /** Where a context menu opens, in viewport pixels; null opens it under its anchor (.menu-anchor in menu.css). */
  readonly at?: MenuPoint | null;
  /** A click in here is not "elsewhere": the button that toggles the menu handles its own clicks. */
  readonly ownerRef?: RefObject<HTMLElement | null>;
  /** `returnFocus` is true for Esc, Tab and a chosen item; false for a click elsewhere, where focus already went. */
  readonly onClose: (returnFocus?: boolean) => void;
}

/** Room kept between a menu and the window's edges. */
const EDGE = 8;

/** Places the menu at the point, or under its anchor, moved (or flipped upwards) so that it stays inside the window. */
function placement(menu: HTMLElement, at: MenuPoint | null): CSSProperties {
  const anchor = (menu.offsetParent ?? document.body).getBoundingClientRect();
  const { width, height } = menu.getBoundingClientRect();
  if (at === null) {
    // Under the anchor, right-aligned (menu.css); above it when there is no room below and more above.
    const below = innerHeight - anchor.bottom - EDGE;
    return height > below && anchor.top - EDGE > below ? { top: 'auto', bottom: 'calc(100% + 0.3rem)' } : {};
  }
  const x = Math.max(EDGE, Math.min(at.x, innerWidth - EDGE - width));
  const y = at.y + height <= innerHeight - EDGE ? at.y : Math.max(EDGE, at.y - height);
  return { top: y - anchor.top, left: x - anchor.left, right: 'auto' };
}

export function Menu({ id, label, items, at = null, ownerRef, onClose }: MenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  const [style, setStyle] = useState<CSSProperties>({});
  const latestOnClose = useRef(onClose);
  useEffect(() => {
    latestOnClose.current = onClose;
  });

  // Measured before the first paint, so the menu never shows where it does not fit.
  useLayoutEffect(() => {
    if (menuRef.current) setStyle(placement(menuRef.current, at));
  }, [at]);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus({ preventScroll: true });
    const closeOnOutsideClick = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !ownerRef?.current?.contains(target)) latestOnClose.current(false);
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [ownerRef]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const enabled = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number | undefined> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: enabled.length - 1 };
    if (event.key === 'Escape') {
      // Handled here, so the details panel (which also closes on Esc) stays open.
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else if (event.key === 'Tab') {
      // Back to where the menu came from, so Tab carries on from there.
      onClose(true);
    } else if (moves[event.key] !== undefined) {
      event.preventDefault();
      enabled[(moves[event.key]! + enabled.length) % enabled.length]?.focus();
    }
  }

  return (
    <div
      ref={menuRef}
      id={id}
      role="menu"
      className="menu"
      aria-label={label}
      style={style}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className="menu-item"
          disabled={item.disabled}
          aria-keyshortcuts={item.keyshortcuts}
          onClick={() => {
            onClose(true);
            item.onSelect();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
