// The details panel's Copy: the same copy as the row's (the default format, a fresh token first when needed), and the same
// "Copied ✓" for a moment after it, here and on the row.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { COPY_FORMAT_LABELS } from '../../../shared/copy-format';
import type { ProfileView } from '../../../shared/profile';
import { useJustCopied } from '../copy-feedback';
import { settingsQuery } from '../queries';
import { useCopyProfileToken } from '../use-copy-profile-token';
import { CopyLabel } from './copy-split-button';

export function DetailsCopyButton({ profile }: { readonly profile: ProfileView }) {
  const { copy, isPending } = useCopyProfileToken();
  const copied = useJustCopied(profile.id);
  const { data: format } = useQuery({ ...settingsQuery(), select: (settings) => settings.defaultCopyFormat });
  const noteId = useId();
  return (
    <div className="details-action">
      <button
        type="button"
        className="button button-primary copy-button"
        disabled={isPending}
        aria-busy={isPending}
        aria-describedby={noteId}
        data-copied={copied || undefined}
        onClick={() => copy(profile)}
      >
        <CopyLabel copied={copied} />
      </button>
      <p id={noteId} className="field-hint">
        {format ? `In your default format: ${COPY_FORMAT_LABELS[format]}. The ▾ beside the row’s Copy has the others.` : 'In your default format.'}
      </p>
    </div>
  );
}
