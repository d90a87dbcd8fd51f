// Copy, split: the default format in one click, any other from "Copy as…". For a moment after a copy the button itself
// reads "Copied" with a check (the clipboard strip's live region says it to screen readers), keeping its width.
import { COPY_FORMAT_LABELS, copyFormats } from '../../../shared/copy-format';
import type { ProfileView } from '../../../shared/profile';
import { useJustCopied } from '../copy-feedback';
import type { CopyProfileToken } from '../use-copy-profile-token';
import { MenuButton } from './menu-button';

function CheckIcon() {
  return (
    <svg className="copied-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" d="m3 8.5 3.2 3L13 4.5" />
    </svg>
  );
}

/** "Copy", or "Copied ✓" just after a copy: both labels take the same cell, so the button keeps its width; only the one shown is in its name. */
export function CopyLabel({ copied }: { readonly copied: boolean }) {
  return (
    <>
      <span className="copy-label" aria-hidden={copied}>
        Copy
      </span>
      <span className="copy-label" aria-hidden={!copied}>
        Copied <CheckIcon />
      </span>
    </>
  );
}

export function CopySplitButton({ profile, copy }: { readonly profile: Pick<ProfileView, 'id' | 'name'>; readonly copy: CopyProfileToken }) {
  const copied = useJustCopied(profile.id);
  const copying = copy.isPending;
  return (
    <div className="split-button">
      <button
        type="button"
        className="button button-primary copy-button"
        // Not `disabled` while it signs in: a disabled button drops the keyboard's focus to the page.
        aria-disabled={copying}
        aria-busy={copying}
        aria-keyshortcuts="Enter Control+C Meta+C"
        data-copied={copied || undefined}
        onClick={() => {
          if (!copying) copy.copy(profile);
        }}
      >
        <CopyLabel copied={copied} />
      </button>
      <MenuButton
        label="Copy as…"
        buttonContent={<span aria-hidden="true">▾</span>}
        className="button button-primary split-button-menu"
        items={copyFormats.map((format) => ({ label: COPY_FORMAT_LABELS[format], onSelect: () => copy.copy(profile, format), disabled: copying }))}
      />
    </div>
  );
}
