// One profile in the list: who it is, where it points, its token's live state, and what can be done with it; opens its details.
import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import type { ProfileView } from '../../../shared/profile';
import { DETAILS_PANEL_ID, profileNameButtonId } from '../element-ids';
import { describeAutoRefresh, needsAttention } from '../profile-attention';
import { colorLabel } from '../profile-color';
import { useNow } from '../ticker';
import { describeToken } from '../token-view';
import { useExpiringSoonMs } from '../use-expiring-soon';
import { AutoRefreshIndicator } from './auto-refresh-indicator';
import { DeleteConfirmation } from './delete-confirmation';
import { ProfileActions } from './profile-actions';
import { ProfileProblem } from './profile-problem';
import { ProfileTags } from './profile-tags';
import { TokenState } from './token-state';

/** The environment a profile points at, as a person recognises it: the host of its base URL. */
export function environmentOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/** Who the profile signs in as: a client ID, or a username. */
function principalOf(profile: ProfileView): { readonly label: string; readonly value: string } {
  return profile.kind === 'password' ? { label: 'Username', value: profile.username } : { label: 'Client ID', value: profile.clientId };
}

interface ProfileRowProps {
  readonly profile: ProfileView;
  readonly selected: boolean;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (id: string) => void;
  /** `focusSecret`: open the form at the secret field. */
  readonly onEdit: (id: string, focusSecret: boolean) => void;
  /** Moves it a place up or down; null at that end of the list. */
  readonly onMove: { readonly up: (() => void) | null; readonly down: (() => void) | null };
}

export function ProfileRow({ profile, selected, onSelect, onToggle, onEdit, onMove }: ProfileRowProps) {
  const now = useNow();
  const view = describeToken(profile, now, useExpiringSoonMs());
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const principal = principalOf(profile);

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
    const move = event.key === 'ArrowUp' ? onMove.up : event.key === 'ArrowDown' ? onMove.down : undefined;
    if (move === undefined) return;
    event.preventDefault();
    move?.();
  };

  return (
    // The name button is the keyboard's way in; the row-wide click is only a larger target for the mouse.
    <li
      className={selected ? 'profile-row profile-row-selected' : 'profile-row'}
      data-testid="profile-row"
      data-profile-name={profile.name}
      data-color={profile.color ?? undefined}
      onClick={selectFromRow}
      onKeyDown={moveFromKeyboard}
    >
      <div className="profile-identity">
        <div className="profile-title">
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
      <TokenState view={view}>
        <AutoRefreshIndicator view={describeAutoRefresh(profile, now)} />
      </TokenState>
      <ProfileActions
        profile={profile}
        confirmingDelete={confirmingDelete}
        deleteButtonRef={deleteButton}
        onDelete={() => setConfirmingDelete(true)}
        onEdit={() => onEdit(profile.id, false)}
        onMove={onMove}
      />
      {view.problem && <ProfileProblem profile={profile} problem={view.problem} onEnterSecret={() => onEdit(profile.id, true)} />}
      {confirmingDelete && <DeleteConfirmation profile={profile} onDone={stopConfirming} />}
    </li>
  );
}
