// The only part of a row that follows the clock: badge and countdown; on a card also the lifetime bar, the auto-refresh
// line and "last used", on its second line.
import { memo } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { describeAutoRefresh } from '../profile-attention';
import { useNow } from '../ticker';
import { formatLastUsed } from '../time-format';
import { describeToken } from '../token-view';
import { useGettingToken } from '../use-getting-token';
import { AutoRefreshIndicator } from './auto-refresh-indicator';
import { TokenState, TokenTiming } from './token-state';

interface TokenCountdownProps {
  readonly profile: ProfileView;
  readonly expiringSoonMs: number;
  /** Off screen the row stops following the ticker, so a tick costs only the rows a person can see. */
  readonly live: boolean;
  /** One line: the badge and the countdown only; auto-refresh and "last used" are in the details panel. */
  readonly compact?: boolean;
}

export const TokenCountdown = memo(function TokenCountdown({ profile, expiringSoonMs, live, compact = false }: TokenCountdownProps) {
  const now = useNow(live);
  const getting = useGettingToken(profile.id);
  const described = describeToken(profile, now, expiringSoonMs);
  // The badge keeps saying what is held now; the countdown's place says a new one is on its way.
  const view = getting ? { ...described, countdown: 'getting a token…' } : described;
  if (compact) return <TokenState view={view} busy={getting} />;
  return (
    <>
      <TokenState view={view} busy={getting} />
      <TokenTiming view={view}>
        <AutoRefreshIndicator view={describeAutoRefresh(profile, now)} />
        <span className="last-used muted" data-testid="last-used">
          {formatLastUsed(profile.lastUsedAt, now)}
        </span>
      </TokenTiming>
    </>
  );
});
