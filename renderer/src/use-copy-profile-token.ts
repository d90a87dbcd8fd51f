// Copies a profile's token (in a given format, or the default one). The Copy button and the clipboard strip say it worked
// (copy-feedback.ts); a toast only when something needs the person: the copy failed, or renewal did and the held token went.
import type { CopyFormat } from '../../shared/copy-format';
import { formatCountdown } from '../../shared/expiry';
import type { ProfileView } from '../../shared/profile';
import { aboutProfile } from '../../shared/profile-message';
import { showCopied } from './copy-feedback';
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
        onSuccess: (outcome) => {
          const clears = outcome.clipboardClearsAt === null ? '' : ` The clipboard clears in ${Math.max(0, Math.round((outcome.clipboardClearsAt - Date.now()) / 1000))} s.`;
          showCopied(profile.id, `${aboutProfile(profile.name, 'token copied.')}${clears}`);
          if (outcome.renewalError) {
            // The row's state says why getting a new token failed; this says what was copied instead.
            const left = outcome.expiresAt === null ? '' : `, which expires in ${formatCountdown(outcome.expiresAt - Date.now())}`;
            showToast('alert', aboutProfile(profile.name, `a new token could not be got, so the current one was copied${left}.`));
          }
          onCopied?.();
        },
        onError: (error) => showToast('alert', errorMessage(error)),
      },
    );
  return { copy, isPending: copyToken.isPending };
}
