// One profile in the compact board, on one line: its colour, name, client ID or username, base URL (its host; not for Butlr's own),
// state, countdown, Retry (after a failure that passes) or Fix… (when only the person can fix it), Copy and More; everything
// else is in the row's menu.
import { memo } from 'react';
import { useProfileRow, type BoardRowProps } from '../use-profile-row';
import { DeleteConfirmation } from './later-part';
import { ProfileActions } from './profile-actions';
import { RowName, RowWhere } from './row-identity';
import { TokenCountdown } from './token-countdown';

/** Characters of a client ID or username before its middle gives way: the name comes first on one line. */
const PRINCIPAL_MAX = 24;

export const CompactProfileRow = memo(function CompactProfileRow(props: BoardRowProps) {
  const { profile, selected, expiringSoonMs, onToggle, onEdit } = props;
  const row = useProfileRow(props, 'compact');
  const { problem, secretAction, offersRetry } = row;

  return (
    <li {...row.rowProps}>
      <div className="compact-identity">
        <RowName profile={profile} selected={selected} onToggle={onToggle} />
        <RowWhere profile={profile} maxPrincipal={PRINCIPAL_MAX} />
        {/* The badge names the problem; the sentence that explains it is read out, and shown in full in the details panel. */}
        {problem && <span className="visually-hidden">{problem}</span>}
      </div>
      <TokenCountdown profile={profile} expiringSoonMs={expiringSoonMs} live={row.live} compact />
      <ProfileActions
        profile={profile}
        row={row}
        selected={selected}
        onToggleDetails={() => onToggle(profile.id)}
        onEdit={() => onEdit(profile.id, false)}
        secretAction={secretAction}
        offersRetry={offersRetry}
        fixInSlot
      />
      {row.confirmingDelete && <DeleteConfirmation profile={profile} onClose={row.stopConfirming} />}
    </li>
  );
});
