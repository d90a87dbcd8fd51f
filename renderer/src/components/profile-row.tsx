// One profile in the list: who it is, where it points, its token's live state, and what can be done with it.
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ProfileView } from '../../../shared/profile';
import { useNow } from '../ticker';
import { describeToken } from '../token-view';
import { DeleteConfirmation } from './delete-confirmation';
import { ProfileActions } from './profile-actions';
import { TokenState } from './token-state';

/** The environment a profile points at, as a person recognises it: the host of its base URL. */
function environmentOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

export function ProfileRow({ profile }: { readonly profile: ProfileView }) {
  const now = useNow();
  const view = describeToken(profile, now);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const stopConfirming = (): void => {
    // Back to the Delete button that asked, rather than letting focus fall to the top of the page.
    flushSync(() => setConfirmingDelete(false));
    deleteButton.current?.focus();
  };

  return (
    <li className="profile-row" data-testid="profile-row" data-profile-name={profile.name}>
      <div className="profile-identity">
        <h3 className="profile-name">
          {profile.name}
        </h3>
        <dl className="profile-meta">
          <div>
            <dt>Environment</dt>
            <dd>{environmentOf(profile.baseUrl)}</dd>
          </div>
          <div>
            <dt>Client ID</dt>
            <dd className="mono">{profile.clientId}</dd>
          </div>
        </dl>
      </div>
      <TokenState view={view} />
      <ProfileActions profile={profile} confirmingDelete={confirmingDelete} deleteButtonRef={deleteButton} onDelete={() => setConfirmingDelete(true)} />
      {view.problem && <p className="profile-problem">{view.problem}</p>}
      {confirmingDelete && <DeleteConfirmation profile={profile} onDone={stopConfirming} />}
    </li>
  );
}
