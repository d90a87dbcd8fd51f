// Scripts' grants as the board, the details panel and Settings say them: which are live, how long each has left.
import { formatCountdown } from '../../shared/expiry';
import type { ChannelStatus, ScriptAccess, ScriptGrant } from '../../shared/script-access';

/** A profile's grants still live at `now` (main ends them too; this keeps the board from showing one a tick too long). */
export function liveGrantsOf(access: ScriptAccess | undefined, profileId: string, now: number): ScriptGrant[] {
  return (access?.grants ?? []).filter((grant) => grant.profileId === profileId && (grant.expiresAt === null || grant.expiresAt > now));
}

export function grantTimeLeft(grant: ScriptGrant, now: number): string {
  return grant.expiresAt === null ? 'until the app quits' : `${formatCountdown(grant.expiresAt - now)} left`;
}

/** The marker's words: who may take the token and for how long. */
export function scriptsMarkerLabel(grants: readonly ScriptGrant[], now: number): string {
  return `Scripts may take this token: ${grants.map((grant) => `${grant.caller}, ${grantTimeLeft(grant, now)}`).join('; ')}.`;
}

/** Settings' sentence about the channel. */
export function channelStatusText(status: ChannelStatus): string {
  switch (status.state) {
    case 'off':
      return 'Starting to listen for butlr-cred…';
    case 'listening':
      return `Listening for butlr-cred at ${status.address}.`;
    case 'refused':
      return `Not listening for butlr-cred: ${status.reason}`;
  }
}
