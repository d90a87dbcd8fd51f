// One profile in the comfortable board: who it is, where it points, its token's live state, and what can be done with it; opens its details.
import { memo } from 'react';
import { DETAILS_PANEL_ID, profileNameButtonId } from '../element-ids';
import { needsAttention } from '../profile-attention';
import { colorLabel } from '../profile-color';
import { environmentOf, principalOf } from '../profile-principal';
import { describeProblem } from '../token-view';
import { useProfileRow, type BoardRowProps } from '../use-profile-row';
import { DeleteConfirmation } from './delete-confirmation';
import { PinIcon } from './pin-icon';
import { ProfileActions } from './profile-actions';
import { ProfileProblem } from './profile-problem';
import { ProfileTags } from './profile-tags';
import { TokenCountdown } from './token-countdown';

export const ProfileRow = memo(function ProfileRow(props: BoardRowProps) {
  const { profile, selected, expiringSoonMs, onToggle, onEdit } = props;
  const row = useProfileRow(props, 'comfortable');
  const problem = describeProblem(profile);
  const principal = principalOf(profile);

  return (
    <li {...row.rowProps}>
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
      <TokenCountdown profile={profile} expiringSoonMs={expiringSoonMs} live={row.live} />
      <ProfileActions
        profile={profile}
        compact={false}
        confirmingDelete={row.confirmingDelete}
        deleteButtonRef={row.deleteButton}
        onDelete={row.askToDelete}
        onEdit={() => onEdit(profile.id, false)}
        onMove={row.moves}
      />
      {problem && <ProfileProblem profile={profile} problem={problem} onEnterSecret={() => onEdit(profile.id, true)} onEdit={() => onEdit(profile.id, false)} />}
      {row.confirmingDelete && <DeleteConfirmation profile={profile} onDone={row.stopConfirming} />}
    </li>
  );
});
