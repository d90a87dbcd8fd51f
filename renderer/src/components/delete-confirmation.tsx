// The in-row "Delete “Name”?" question: deletes only on a second, deliberate Delete (with Undo after); Cancel or Esc backs out.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { UNDO_DELETE_MS } from '../../../shared/undo-delete';
import { NEW_PROFILE_BUTTON_ID } from '../element-ids';
import { errorMessage } from '../ipc-client';
import { useDeleteProfile } from '../queries';
import { showToast } from '../toast-store';
import { offerUndoDelete } from '../undo-delete';

interface DeleteConfirmationProps {
  readonly profile: ProfileView;
  /** Closes the question (after Delete or Cancel). */
  readonly onClose: () => void;
}

export function DeleteConfirmation({ profile, onClose }: DeleteConfirmationProps) {
  const deleteProfile = useDeleteProfile();
  const queryClient = useQueryClient();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const questionId = useId();

  // Cancel takes focus, so a second Enter or Space cannot delete by accident.
  useEffect(() => cancelButton.current?.focus(), []);

  /** Where the keyboard continues once the row has left: the next profile's name (or the one before), or New profile. */
  const neighbourOf = (): HTMLElement | null => {
    const row = boxRef.current?.closest('li');
    const neighbour = row?.nextElementSibling ?? row?.previousElementSibling;
    return neighbour?.querySelector<HTMLElement>('.profile-name-button') ?? document.getElementById(NEW_PROFILE_BUTTON_ID);
  };

  const confirm = async (): Promise<void> => {
    const next = neighbourOf();
    try {
      // mutateAsync, not mutate's callbacks: the refreshed list may unmount this row before they would run.
      const deleted = await deleteProfile.mutateAsync(profile.id);
      next?.focus();
      offerUndoDelete(queryClient, deleted, profile.name);
    } catch (error) {
      showToast('alert', errorMessage(error));
      onClose();
    }
  };

  return (
    // No aria-label here: one carrying the profile's name would also match tests' getByLabel('Name').
    <div
      ref={boxRef}
      className="delete-confirmation"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here: the details panel, which also closes on Esc, leaves this one alone.
        event.preventDefault();
        if (!deleteProfile.isPending) onClose();
      }}
    >
      <p id={questionId}>
        Delete “{profile.name}”? Its stored secret and token go with it; you can undo for {UNDO_DELETE_MS / 1000} seconds.
      </p>
      <div className="delete-confirmation-actions">
        <button type="button" className="button button-danger" disabled={deleteProfile.isPending} aria-busy={deleteProfile.isPending} aria-describedby={questionId} onClick={() => void confirm()}>
          Delete
        </button>
        <button ref={cancelButton} type="button" className="button" disabled={deleteProfile.isPending} aria-describedby={questionId} onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
