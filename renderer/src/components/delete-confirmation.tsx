// The in-row "Delete “Name”?" question: deletes only on a second, deliberate Delete; Cancel or Esc backs out.
import { useEffect, useId, useRef } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { errorMessage } from '../ipc-client';
import { useDeleteProfile } from '../queries';
import { showToast } from '../toast-store';

interface DeleteConfirmationProps {
  readonly profile: ProfileView;
  readonly onDone: () => void;
}

export function DeleteConfirmation({ profile, onDone }: DeleteConfirmationProps) {
  const deleteProfile = useDeleteProfile();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  // Cancel takes focus, so a second Enter or Space cannot delete by accident.
  useEffect(() => cancelButton.current?.focus(), []);

  const confirm = (): void =>
    deleteProfile.mutate(profile.id, {
      onError: (error) => {
        showToast('alert', errorMessage(error));
        onDone();
      },
    });

  return (
    // No aria-label here: one carrying the profile's name would also match tests' getByLabel('Name').
    <div
      className="delete-confirmation"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here: the details panel, which also closes on Esc, leaves this one alone.
        event.preventDefault();
        if (!deleteProfile.isPending) onDone();
      }}
    >
      <p id={questionId}>
        Delete “{profile.name}”? Its stored secret and token are removed.
      </p>
      <div className="delete-confirmation-actions">
        <button type="button" className="button button-danger" disabled={deleteProfile.isPending} aria-busy={deleteProfile.isPending} aria-describedby={questionId} onClick={confirm}>
          Delete
        </button>
        <button ref={cancelButton} type="button" className="button" disabled={deleteProfile.isPending} aria-describedby={questionId} onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}
