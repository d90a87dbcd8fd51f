// One profile in the list: who it is, where it points, its token's live state, and what can be done with it; opens its details.
import { memo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import type { ProfileView } from '../../../shared/profile';
import { DETAILS_PANEL_ID, profileNameButtonId, profileRowId } from '../element-ids';
import { needsAttention } from '../profile-attention';
import { colorLabel } from '../profile-color';
import { environmentOf, principalOf } from '../profile-principal';
import { describeProblem } from '../token-view';
import { useOnScreen } from '../use-on-screen';
import { DeleteConfirmation } from './delete-confirmation';
import { PinIcon } from './pin-icon';
import { ProfileActions } from './profile-actions';
import { ProfileProblem } from './profile-problem';
import { ProfileTags } from './profile-tags';
import { TokenCountdown } from './token-countdown';

export interface ProfileRowProps {
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
}

function rowClass(selected: boolean, current: boolean): string {
  return ['profile-row', selected && 'profile-row-selected', current && 'profile-row-current'].filter(Boolean).join(' ');
}

export const ProfileRow = memo(function ProfileRow({ profile, selected, current, expiringSoonMs, onSelect, onToggle, onEdit, onMove, canMove }: ProfileRowProps) {
  const [onScreenRef, onScreen] = useOnScreen<HTMLLIElement>();
  const problem = describeProblem(profile);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const principal = principalOf(profile);
  const moves = { up: canMove.up ? () => onMove(profile.id, -1) : null, down: canMove.down ? () => onMove(profile.id, 1) : null };

  const stopConfirming = (): void => {
    // Back to the Delete button that asked, rather than letting focus fall to the top of the page.
    flushSync(() => setConfirmingDelete(false));
    deleteButton.current?.focus();
  };

  // A click anywhere on the row selects it, except on its own controls or while the person is selecting text to copy.
  const selectFromRow = (event: MouseEvent<HTMLLIElement>): void => {
    if (event.target instanceof Element && event.target.closest('button, a, input, .delete-confirmation')) return;
    if (window.getSelection()?.toString()) return;
    onSelect(profile.id);
  };

  // Alt+↑ / Alt+↓ anywhere in the row moves it, as in editors' "move line" (the menu offers the same).
  const moveFromKeyboard = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (event.defaultPrevented || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const move = event.key === 'ArrowUp' ? moves.up : event.key === 'ArrowDown' ? moves.down : undefined;
    if (move === undefined) return;
    event.preventDefault();
    move?.();
  };

  return (
    // The name button is the keyboard's way in; the row-wide click is only a larger target for the mouse. The row itself
    // takes focus only from the arrow keys (tabIndex -1), so Tab still walks its buttons.
    <li
      ref={onScreenRef}
      id={profileRowId(profile.id)}
      tabIndex={-1}
      className={rowClass(selected, current)}
      aria-current={current ? 'true' : undefined}
      aria-label={profile.name}
      data-testid="profile-row"
      data-profile-name={profile.name}
      data-profile-id={profile.id}
      data-color={profile.color ?? undefined}
      onClick={selectFromRow}
      onKeyDown={moveFromKeyboard}
    >
      <div className="profile-identity">
        <div className="profile-title">
          {profile.pinned && (
            <span className="pin-mark" data-testid="pin-mark" title="Pinned">
              <PinIcon />
              <span className="visually-hidden">Pinned</span>
            </span>
          )}
          <h3 className="profile-name">
            <button
              type="button"
              id={profileNameButtonId(profile.id)}
              className="profile-name-button"
              aria-expanded={selected}
              aria-controls={selected ? DETAILS_PANEL_ID : undefined}
              onClick={() => onToggle(profile.id)}
            >
              {profile.name}
              <span className="visually-hidden"> — Details</span>
            </button>
          </h3>
          {needsAttention(profile) && (
            <span className="badge badge-danger" data-testid="needs-attention">
              Needs attention
            </span>
          )}
        </div>
        <dl className="profile-meta">
          <div>
            <dt>Environment</dt>
            <dd>{environmentOf(profile.baseUrl)}</dd>
          </div>
          <div>
            <dt>{principal.label}</dt>
            <dd className="mono">{principal.value}</dd>
          </div>
          {profile.color && (
            // The stripe on the row's edge shows the colour; this says it.
            <div className="visually-hidden">
              <dt>Colour</dt>
              <dd>{colorLabel(profile.color)}</dd>
            </div>
          )}
          {profile.tags.length > 0 && (
            <div className="profile-tags">
              <dt className="visually-hidden">Tags</dt>
              <dd>
                <ProfileTags tags={profile.tags} />
              </dd>
            </div>
          )}
        </dl>
      </div>
      <TokenCountdown profile={profile} expiringSoonMs={expiringSoonMs} live={onScreen} />
      <ProfileActions
        profile={profile}
        confirmingDelete={confirmingDelete}
        deleteButtonRef={deleteButton}
        onDelete={() => setConfirmingDelete(true)}
        onEdit={() => onEdit(profile.id, false)}
        onMove={moves}
      />
      {problem && <ProfileProblem profile={profile} problem={problem} onEnterSecret={() => onEdit(profile.id, true)} onEdit={() => onEdit(profile.id, false)} />}
      {confirmingDelete && <DeleteConfirmation profile={profile} onDone={stopConfirming} />}
    </li>
  );
});
