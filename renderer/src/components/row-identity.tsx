// Who a row is: its colour as a dot before the name (never the row's edge, which would read as a status), the pin, the
// name that opens the details, and the Scripts marker while a script may take the token; and where it signs in: the client ID or username, shortened in the middle when long (the
// whole value on hover and for screen readers), and the host when it is not Butlr's own.
import type { ProfileView } from '../../../shared/profile';
import { DETAILS_PANEL_ID, profileNameButtonId } from '../element-ids';
import { middleEllipsis } from '../middle-ellipsis';
import { colorLabel } from '../profile-color';
import { principalOf, shownHostOf } from '../profile-principal';
import { PinIcon } from './pin-icon';
import { ScriptsMarker } from './later-part';

interface RowNameProps {
  readonly profile: ProfileView;
  readonly selected: boolean;
  readonly onToggle: (id: string) => void;
}

export function RowName({ profile, selected, onToggle }: RowNameProps) {
  return (
    <>
      {profile.color ? (
        <span className="profile-dot" data-testid="profile-dot" title={`Colour: ${colorLabel(profile.color)}`}>
          <span className="visually-hidden">Colour: {colorLabel(profile.color)}</span>
        </span>
      ) : (
        // The dot's place kept empty, so names and the line under them start at one edge down the board.
        <span className="profile-dot profile-dot-none" aria-hidden="true" />
      )}
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
      <ScriptsMarker profileId={profile.id} onShowDetails={() => selected || onToggle(profile.id)} />
    </>
  );
}

export function RowWhere({ profile, maxPrincipal }: { readonly profile: ProfileView; readonly maxPrincipal: number }) {
  const principal = principalOf(profile);
  const shown = middleEllipsis(principal.value, maxPrincipal);
  const host = shownHostOf(profile.baseUrl);
  return (
    <>
      <span className="row-principal mono" data-testid="profile-principal" title={`${principal.label}: ${principal.value}`}>
        <span className="visually-hidden">{principal.label}: </span>
        {shown === principal.value ? (
          principal.value
        ) : (
          <>
            <span aria-hidden="true">{shown}</span>
            <span className="visually-hidden">{principal.value}</span>
          </>
        )}
      </span>
      {host !== null && (
        // The host is what tells rows apart at a glance; the whole base URL is on hover and what a screen reader reads.
        <span className="row-host" data-testid="profile-host" title={`Base URL: ${profile.baseUrl}`}>
          <span className="visually-hidden">Base URL: {profile.baseUrl}</span>
          <span aria-hidden="true">{host}</span>
        </span>
      )}
    </>
  );
}
