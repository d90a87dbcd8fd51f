// A row's buttons: Retry on a compact row after a failure that passes (a card has it on its problem line), Copy (the default
// format, or any from "Copy as…") and More, which opens the row's menu of everything else (row-menu.tsx). The same menu
// opens on a right-click, Shift+F10 and the context-menu key (use-profile-row.ts).
import { useId } from 'react';
import type { ProfileView } from '../../../shared/profile';
import type { ProfileRowState } from '../use-profile-row';
import { CopySplitButton } from './copy-split-button';
import { RowMenu } from './later-part';
import { RetryButton } from './retry-button';

interface ProfileActionsProps {
  readonly profile: ProfileView;
  readonly row: ProfileRowState;
  /** Its details are open: the menu offers to hide them. */
  readonly selected: boolean;
  readonly onToggleDetails: () => void;
  readonly onEdit: () => void;
  /** Opens the form at the secret field ("Enter secret", "Update secret"); only when the secret needs it. */
  readonly secretAction: ProfileRowState['secretAction'];
  /** Shows Retry among the buttons. */
  readonly offersRetry: boolean;
  /** Shows the secret action among the buttons too, as "Fix…" (a compact row, which has no problem line). */
  readonly fixInSlot?: boolean;
}

function MoreIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" fill="currentColor" aria-hidden="true" focusable="false">
      <circle cx="3" cy="8" r="1.5" />
      <circle cx="8" cy="8" r="1.5" />
      <circle cx="13" cy="8" r="1.5" />
    </svg>
  );
}

export function ProfileActions({ profile, row, selected, onToggleDetails, onEdit, secretAction, offersRetry, fixInSlot = false }: ProfileActionsProps) {
  const { copy, menu, openMenu, closeMenu, moreButton, moves, confirmingDelete, askToDelete } = row;
  const menuId = useId();
  const open = menu !== null;
  return (
    <div className="profile-actions">
      {offersRetry && <RetryButton profile={profile} />}
      {fixInSlot && secretAction && (
        // A compact row has no problem line: the fix goes where Retry would, short, named in full for screen readers.
        <button type="button" className="button row-slot-button" aria-label={`Fix: ${secretAction.label}`} title={secretAction.label} onClick={secretAction.run}>
          Fix…
        </button>
      )}
      <CopySplitButton profile={profile} copy={copy} />
      <div className="menu-anchor">
        <button
          ref={moreButton}
          type="button"
          className="button button-icon"
          aria-label="More"
          title="More actions (Shift+F10)"
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          onClick={(event) => (open ? closeMenu(false) : openMenu(null, event.currentTarget))}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && !open) {
              event.preventDefault();
              openMenu(null, event.currentTarget);
            }
          }}
        >
          <MoreIcon />
        </button>
        {menu && (
          <RowMenu
            id={menuId}
            profile={profile}
            at={menu.at}
            ownerRef={moreButton}
            selected={selected}
            moves={moves}
            confirmingDelete={confirmingDelete}
            onDelete={askToDelete}
            onToggleDetails={onToggleDetails}
            onEdit={onEdit}
            secretAction={secretAction}
            onClose={closeMenu}
          />
        )}
      </div>
    </div>
  );
}
