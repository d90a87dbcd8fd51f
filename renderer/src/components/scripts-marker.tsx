// The row's small "Scripts" marker: a script may take this profile's token now. It opens the details, where each grant can be revoked.
import { useQuery } from '@tanstack/react-query';
import { scriptAccessQuery } from '../queries';
import { liveGrantsOf, scriptsMarkerLabel } from '../script-grants-view';
import { useNow } from '../ticker';

interface ScriptsMarkerProps {
  readonly profileId: string;
  /** Shows the profile's details (where Revoke is); nothing when they are already shown. */
  readonly onShowDetails: () => void;
}

export function ScriptsMarker({ profileId, onShowDetails }: ScriptsMarkerProps) {
  const { data: access } = useQuery(scriptAccessQuery());
  const hasGrant = (access?.grants ?? []).some((grant) => grant.profileId === profileId);
  // Only a row with a grant follows the clock, to say the time left and to drop the marker when it ends.
  return hasGrant ? <LiveScriptsMarker profileId={profileId} onShowDetails={onShowDetails} /> : null;
}

function LiveScriptsMarker({ profileId, onShowDetails }: ScriptsMarkerProps) {
  const { data: access } = useQuery(scriptAccessQuery());
  const now = useNow();
  const grants = liveGrantsOf(access, profileId, now);
  if (grants.length === 0) return null;
  const label = scriptsMarkerLabel(grants, now);
  return (
    <button type="button" className="scripts-marker" data-testid="scripts-marker" title={`${label} Show details to revoke.`} onClick={onShowDetails}>
      <span aria-hidden="true">Scripts</span>
      <span className="visually-hidden">{label} Show details to revoke.</span>
    </button>
  );
}
