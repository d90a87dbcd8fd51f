// Copies a profile's token (in a given format, or the default one) and says so in a toast, with the clipboard's countdown.
import type { CopyFormat } from '../../shared/copy-format';
import { formatCountdown } from '../../shared/expiry';
import type { ProfileView } from '../../shared/profile';
import { errorMessage } from './ipc-client';
import { useCopyToken } from './queries';
import { showToast } from './toast-store';

export interface CopyProfileToken {
  readonly copy: (profile: Pick<ProfileView, 'id' | 'name'>, format?: CopyFormat, onCopied?: () => void) => void;
  readonly isPending: boolean;
}

export function useCopyProfileToken(): CopyProfileToken {
  const copyToken = useCopyToken();
  const copy: CopyProfileToken['copy'] = (profile, format, onCopied) =>
    copyToken.mutate(
      { id: profile.id, format },
      {
        onSuccess: ({ expiresAt, renewed, renewalError, clipboardClearsAt }) => {
          const lifetime = expiresAt === null ? 'an unknown time' : formatCountdown(expiresAt - Date.now());
          const extras = clipboardClearsAt === null ? {} : { clipboardClearsAt };
          if (renewalError) {
            showToast('alert', `Renewal failed, so the current token for “${profile.name}” was copied; it expires in ${lifetime}. ${renewalError.message}`, extras);
          } else {
            showToast('status', `Copied the token for “${profile.name}” — valid for ${lifetime}${renewed ? ' (fetched a fresh one)' : ''}.`, extras);
          }
          onCopied?.();
        },
        onError: (error) => showToast('alert', errorMessage(error)),
      },
    );
  return { copy, isPending: copyToken.isPending };
}
