// The per-profile "Auto-refresh" switch, with what each automatic token costs and when the next one is due.
import { useId } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { errorMessage } from '../ipc-client';
import { describeAutoRefresh } from '../profile-attention';
import { useSetAutoRefresh } from '../queries';
import { useNow } from '../ticker';
import { formatLocalTime } from '../time-format';
import { showToast } from '../toast-store';
import { SwitchField } from './switch-field';

export function AutoRefreshSwitch({ profile }: { readonly profile: ProfileView }) {
  const setAutoRefresh = useSetAutoRefresh();
  const noteId = useId();
  const auto = describeAutoRefresh(profile, useNow());
  // While the change is on its way, show where it is going rather than flicker back.
  const checked = setAutoRefresh.isPending ? setAutoRefresh.variables.enabled : profile.autoRefresh;

  return (
    <div className="details-section">
      <SwitchField
        label="Auto-refresh"
        labelClassName="details-section-title"
        checked={checked}
        disabled={setAutoRefresh.isPending}
        describedBy={noteId}
        onChange={(enabled) => setAutoRefresh.mutate({ id: profile.id, enabled }, { onError: (error) => showToast('alert', errorMessage(error)) })}
      />
      <p id={noteId} className="field-hint">
        Gets a new token before the current one expires, so a copy never waits. Each one is a sign-in to Butlr, and Butlr may
        limit how many sign-ins your organisation makes.
      </p>
      {auto.state === 'scheduled' && (
        <p className="details-note">
          Next token at {formatLocalTime(auto.at)} ({auto.text}).
        </p>
      )}
      {auto.state === 'paused' && <p className="details-note details-note-danger">Paused: Butlr refused these credentials. It resumes after a successful Get token.</p>}
    </div>
  );
}
