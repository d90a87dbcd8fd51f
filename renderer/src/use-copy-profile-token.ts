// Copies a profile's token (in a given format, or the default one) and says so in a toast, with the clipboard's countdown.
import type { CopyFormat } from '../../shared/copy-format';
import { copyOutcomeSentence, copyOutcomeText } from '../../shared/copy-outcome-text';
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
        onSuccess: (outcome) => {
          const text = copyOutcomeText(profile.name, outcome, Date.now());
          showToast(text.tone, copyOutcomeSentence(text), outcome.clipboardClearsAt === null ? {} : { clipboardClearsAt: outcome.clipboardClearsAt });
          onCopied?.();
        },
        onError: (error) => showToast('alert', errorMessage(error)),
      },
    );
  return { copy, isPending: copyToken.isPending };
}
