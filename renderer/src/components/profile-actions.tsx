// A row's buttons: fetch a fresh token, copy the current one (toasting how long it lasts), and ask to delete.
import type { RefObject } from 'react';
import { formatCountdown } from '../../../shared/expiry';
import type { ProfileView } from '../../../shared/profile';
import { errorMessage } from '../ipc-client';
import { useCopyToken, useFetchToken } from '../queries';
import { showToast } from '../toast-store';

interface ProfileActionsProps {
  readonly profile: ProfileView;
  /** While the row asks "Delete …?", its own Delete button steps aside so only one Delete is on offer. */
  readonly confirmingDelete: boolean;
  readonly deleteButtonRef: RefObject<HTMLButtonElement | null>;
  readonly onDelete: () => void;
}

export function ProfileActions({ profile, confirmingDelete, deleteButtonRef, onDelete }: ProfileActionsProps) {
  const fetchToken = useFetchToken();
  const copyToken = useCopyToken();
  const toastError = (error: Error): void => showToast('alert', errorMessage(error));

  const copy = (): void =>
    copyToken.mutate(profile.id, {
      onSuccess: ({ expiresAt, renewed, renewalError }) => {
        const lifetime = expiresAt === null ? 'an unknown time' : formatCountdown(expiresAt - Date.now());
        if (renewalError) {
          showToast('alert', `Renewal failed, so the current token for “${profile.name}” was copied; it expires in ${lifetime}. ${renewalError.message}`);
          return;
        }
        showToast('status', `Copied the token for “${profile.name}” — valid for ${lifetime}${renewed ? ' (fetched a fresh one)' : ''}`);
      },
      onError: toastError,
    });

  return (
    <div className="profile-actions">
      <button type="button" className="button" disabled={fetchToken.isPending} aria-busy={fetchToken.isPending} onClick={() => fetchToken.mutate(profile.id, { onError: toastError })}>
        Get token
      </button>
      <button type="button" className="button button-primary" disabled={copyToken.isPending} aria-busy={copyToken.isPending} onClick={copy}>
        Copy
      </button>
      {/* Hidden rather than removed while confirming, so the row's columns do not jump. */}
      <button ref={deleteButtonRef} type="button" className={confirmingDelete ? 'button button-quiet invisible' : 'button button-quiet'} onClick={onDelete}>
        Delete
      </button>
    </div>
  );
}
