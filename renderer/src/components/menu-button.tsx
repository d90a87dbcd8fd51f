// A button that opens a small menu of actions under it (menu.tsx, a later part); focus comes back to the button when the
// menu closes.
import { useId, useRef, useState, type ReactNode } from 'react';
import { Menu } from './later-part';
import type { MenuItem } from './menu';

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
  const menuId = useId();
  const close = (returnFocus = false): void => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

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
      {open && <Menu id={menuId} label={label} items={items} ownerRef={buttonRef} onClose={close} />}
    </div>
  );
}
