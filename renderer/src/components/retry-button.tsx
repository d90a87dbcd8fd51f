// Retry, on a row whose last sign-in failed for a reason that passes (a busy server, no network): Get token again, at once.
// Its own component, so only failing rows hold the mutation. The row then shows the new state; a failure is also said in a toast.
import type { ProfileView } from '../../../shared/profile';
import { errorMessage } from '../ipc-client';
import { useFetchToken } from '../queries';
import { showToast } from '../toast-store';

export function RetryButton({ profile }: { readonly profile: Pick<ProfileView, 'id' | 'name'> }) {
  const getToken = useFetchToken();
  const retrying = getToken.isPending;
  return (
    <button
      type="button"
      className="button retry-button row-slot-button"
      disabled={retrying}
      aria-busy={retrying}
      onClick={() => void getToken.mutateAsync(profile.id).catch((error: unknown) => showToast('alert', errorMessage(error)))}
    >
      Retry
    </button>
  );
}
