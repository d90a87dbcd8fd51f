// One profile in the compact board, on one line: name, host, token state, countdown and Copy; everything else is in More.
import { memo } from 'react';
import { DETAILS_PANEL_ID, profileNameButtonId } from '../element-ids';
import { colorLabel } from '../profile-color';
import { environmentOf } from '../profile-principal';
import { describeProblem } from '../token-view';
import { useProfileRow, type BoardRowProps } from '../use-profile-row';
import { DeleteConfirmation } from './delete-confirmation';
import { PinIcon } from './pin-icon';
import { ProfileActions } from './profile-actions';
import { TokenCountdown } from './token-countdown';

export const CompactProfileRow = memo(function CompactProfileRow(props: BoardRowProps) {
  const { profile, selected, expiringSoonMs, onToggle, onEdit } = props;
  const row = useProfileRow(props, 'compact');
  const problem = describeProblem(profile);
  const secretProblem = profile.damage === null && profile.secret !== 'set';

  return (
    <li {...row.rowProps}>
      <div className="compact-identity">
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
        <span className="compact-host" data-testid="profile-host" title={environmentOf(profile.baseUrl)}>
          <span className="visually-hidden">Environment: </span>
          {environmentOf(profile.baseUrl)}
        </span>
        {profile.color && <span className="visually-hidden">Colour: {colorLabel(profile.color)}</span>}
        {/* The badge names the problem; the sentence that explains it is read out, and shown in full in the details panel. */}
        {problem && <span className="visually-hidden">{problem}</span>}
      </div>
      <TokenCountdown profile={profile} expiringSoonMs={expiringSoonMs} live={row.live} compact />
      <ProfileActions
        profile={profile}
        compact
        confirmingDelete={row.confirmingDelete}
        deleteButtonRef={row.deleteButton}
        onDelete={row.askToDelete}
        onEdit={() => onEdit(profile.id, false)}
        onEnterSecret={secretProblem ? () => onEdit(profile.id, true) : null}
        onMove={row.moves}
      />
      {row.confirmingDelete && <DeleteConfirmation profile={profile} onDone={row.stopConfirming} />}
    </li>
  );
});
