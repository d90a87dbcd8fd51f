// The details panel's token section: state in words, obtained and expiry times in local time, Copy and "Show token".
import { formatCountdown } from '../../../shared/expiry';
import type { ProfileView } from '../../../shared/profile';
import { describeCommand } from '../../../shared/secret-sources/secret-presets';
import { useNow } from '../ticker';
import { formatLocalTime, formatRelativeTime, isoTime } from '../time-format';
import { describeToken, heldLifetime } from '../token-view';
import { useExpiringSoonMs } from '../use-expiring-soon';
import { DetailsCopyButton } from './details-copy-button';
import { RevealTokenButton } from './reveal-token-button';

function LocalTime({ ms, now }: { readonly ms: number; readonly now: number }) {
  return (
    <>
      <time dateTime={isoTime(ms)}>{formatLocalTime(ms)}</time> <span className="muted">({formatRelativeTime(ms, now)})</span>
    </>
  );
}

export function TokenSummary({ profile }: { readonly profile: ProfileView }) {
  const now = useNow();
  const view = describeToken(profile, now, useExpiringSoonMs());
  const lifetime = heldLifetime(profile);
  const previous = profile.token.state === 'failed';

  return (
    <section className="details-section" aria-labelledby="details-token-title">
      <h3 id="details-token-title" className="details-section-title">
        Token
      </h3>
      <p className="details-state">
        <span className={`badge badge-${view.tone}`}>{view.label}</span> <span className="countdown">{view.countdown}</span>
      </p>
      {view.problem && <p className="profile-problem">{view.problem}</p>}
      {/* The row names only the program; here, the whole command the person confirms by saving the profile. */}
      {profile.secret !== 'set' && profile.secret !== 'waiting' && profile.secretReference && (
        <p className="muted" data-testid="details-reference-command">
          Runs, without a shell: <code>{describeCommand(profile.secretReference)}</code>
        </p>
      )}
      {lifetime && (
        <dl className="details-facts">
          <div>
            <dt>{previous ? 'Previous token obtained' : 'Obtained'}</dt>
            <dd>
              <LocalTime ms={lifetime.obtainedAt} now={now} />
            </dd>
          </div>
          <div>
            <dt>Expires</dt>
            <dd>
              {lifetime.expiresAt === null ? (
                'Unknown — Butlr did not say, so every copy gets a new token first'
              ) : (
                <>
                  <time dateTime={isoTime(lifetime.expiresAt)}>{formatLocalTime(lifetime.expiresAt)}</time>{' '}
                  <span className="muted">({lifetime.expiresAt > now ? `in ${formatCountdown(lifetime.expiresAt - now)}` : formatRelativeTime(lifetime.expiresAt, now)})</span>
                </>
              )}
            </dd>
          </div>
        </dl>
      )}
      <DetailsCopyButton profile={profile} />
      <RevealTokenButton profile={profile} available={lifetime !== null} />
    </section>
  );
}
