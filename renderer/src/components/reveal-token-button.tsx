// "Show token": asks main to show the raw token in its own system window, so the token never enters this page.
import { useId } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { errorMessage } from '../ipc-client';
import { useRevealToken } from '../queries';
import { showToast } from '../toast-store';

export function RevealTokenButton({ profile, available }: { readonly profile: ProfileView; readonly available: boolean }) {
  const reveal = useRevealToken();
  const noteId = useId();
  return (
    <div className="details-action">
      <button
        type="button"
        className="button"
        disabled={!available || reveal.isPending}
        aria-busy={reveal.isPending}
        aria-describedby={noteId}
        onClick={() => reveal.mutate(profile.id, { onError: (error) => showToast('alert', errorMessage(error)) })}
      >
        Show token
      </button>
      <p id={noteId} className="field-hint">
        {available ? 'Opens in a separate system window, so the token is never shown in this one.' : 'Get a token first; there is none to show yet.'}
      </p>
    </div>
  );
}
