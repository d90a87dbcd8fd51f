// A button that opens a small menu of actions: arrows move between them, Esc or a click elsewhere closes it, focus comes back.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  readonly label: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
  readonly keyshortcuts?: string;
}

interface MenuButtonProps {
  /** The button's accessible name, and the menu's. */
  readonly label: string;
  readonly items: readonly MenuItem[];
  /** What the button shows when not its label (an icon); the label then names it for assistive tech. */
  readonly buttonContent?: ReactNode;
  readonly className?: string;
}

export function MenuButton({ label, items, buttonContent, className = 'button' }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const menuItems = (): HTMLButtonElement[] => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
  const close = (returnFocus: boolean): void => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const closeOnOutsideClick = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [open]);

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const enabled = menuItems();
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number | undefined> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: enabled.length - 1 };
    if (event.key === 'Escape') {
      // Handled here, so the details panel (which also closes on Esc) stays open.
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      // From the button, so Tab carries on to whatever follows it.
      close(true);
    } else if (moves[event.key] !== undefined) {
      event.preventDefault();
      enabled[(moves[event.key]! + enabled.length) % enabled.length]?.focus();
    }
  }

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-label={buttonContent === undefined ? undefined : label}
        title={buttonContent === undefined ? undefined : label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {buttonContent ?? label}
      </button>
      {open && (
        <div ref={menuRef} id={menuId} role="menu" className="menu" aria-label={label} onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className="menu-item"
              disabled={item.disabled}
              aria-keyshortcuts={item.keyshortcuts}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
