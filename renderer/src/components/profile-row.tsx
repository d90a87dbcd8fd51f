// One profile in the comfortable board, on two lines: its colour, name, state, countdown, Copy and More; then who it signs
// in as, its base URL (when not Butlr's own), its tags, the lifetime bar, auto-refresh and "last used". A problem adds a
// line with its fix; everything else is in the row's menu.
import { memo } from 'react';
import { useProfileRow, type BoardRowProps } from '../use-profile-row';
import { DeleteConfirmation } from './later-part';
import { ProfileActions } from './profile-actions';
import { ProfileProblem } from './profile-problem';
import { ProfileTags } from './profile-tags';
import { RowName, RowWhere } from './row-identity';
import { TokenCountdown } from './token-countdown';

/** Characters of a client ID or username before its middle gives way. */
const PRINCIPAL_MAX = 40;

export const ProfileRow = memo(function ProfileRow(props: BoardRowProps) {
  const { profile, selected, expiringSoonMs, onToggle, onEdit } = props;
  const row = useProfileRow(props, 'comfortable');
  const { problem, secretAction, offersRetry } = row;

  return (
    <li {...row.rowProps}>
      <div className="row-title">
        <RowName profile={profile} selected={selected} onToggle={onToggle} />
      </div>
      <div className="row-meta">
        <RowWhere profile={profile} maxPrincipal={PRINCIPAL_MAX} />
        {profile.tags.length > 0 && (
          <span className="row-tags">
            <span className="visually-hidden">Tags: </span>
            <ProfileTags tags={profile.tags} />
          </span>
        )}
      </div>
      <TokenCountdown profile={profile} expiringSoonMs={expiringSoonMs} live={row.live} />
      <ProfileActions
        profile={profile}
        row={row}
        selected={selected}
        onToggleDetails={() => onToggle(profile.id)}
        onEdit={() => onEdit(profile.id, false)}
        secretAction={secretAction}
        offersRetry={false}
      />
      {problem && (
        <ProfileProblem profile={profile} problem={problem} secretAction={secretAction} onEdit={() => onEdit(profile.id, false)} offersRetry={offersRetry} />
      )}
      {row.confirmingDelete && <DeleteConfirmation profile={profile} onClose={row.stopConfirming} />}
    </li>
  );
});
