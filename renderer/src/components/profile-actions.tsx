// A row's buttons: fetch a fresh token, copy the current one (toasting how long it lasts), edit, more (duplicate, move), delete.
import type { RefObject } from 'react';
import { formatCountdown } from '../../../shared/expiry';
import type { ProfileView } from '../../../shared/profile';
import { errorMessage } from '../ipc-client';
import { useCopyToken, useDuplicateProfile, useFetchToken } from '../queries';
import { showToast } from '../toast-store';
import { MenuButton } from './menu-button';

interface ProfileActionsProps {
  readonly profile: ProfileView;
  /** While the row asks "Delete …?", its own Delete button steps aside so only one Delete is on offer. */
  readonly confirmingDelete: boolean;
  readonly deleteButtonRef: RefObject<HTMLButtonElement | null>;
  readonly onDelete: () => void;
  readonly onEdit: () => void;
  /** Moves the profile a place up (-1) or down (1); null at that end of the list. */
  readonly onMove: { readonly up: (() => void) | null; readonly down: (() => void) | null };
}

export function ProfileActions({ profile, confirmingDelete, deleteButtonRef, onDelete, onEdit, onMove }: ProfileActionsProps) {
  const fetchToken = useFetchToken();
  const copyToken = useCopyToken();
  const duplicate = useDuplicateProfile();
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

  const duplicateProfile = (): void =>
    duplicate.mutate(profile.id, {
      onSuccess: (copyView) => showToast('status', `Duplicated “${profile.name}” as “${copyView.name}”.`),
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
      <button type="button" className="button" onClick={onEdit}>
        Edit
      </button>
      <MenuButton
        label="More"
        items={[
          { label: 'Duplicate', onSelect: duplicateProfile, disabled: duplicate.isPending },
          { label: 'Move up', onSelect: () => onMove.up?.(), disabled: onMove.up === null, keyshortcuts: 'Alt+ArrowUp' },
          { label: 'Move down', onSelect: () => onMove.down?.(), disabled: onMove.down === null, keyshortcuts: 'Alt+ArrowDown' },
        ]}
      />
      {/* Hidden rather than removed while confirming, so the row's columns do not jump. */}
      <button ref={deleteButtonRef} type="button" className={confirmingDelete ? 'button button-quiet invisible' : 'button button-quiet'} onClick={onDelete}>
        Delete
      </button>
    </div>
  );
}
