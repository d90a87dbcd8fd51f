// A row's buttons: fetch a fresh token, copy it (default format, or any from "Copy as…"), edit, more (pin, duplicate, move), delete.
// A compact row keeps only Copy and More on its one line; Get token, Edit and Delete move into More.
import type { RefObject } from 'react';
import { COPY_FORMAT_LABELS, copyFormats } from '../../../shared/copy-format';
import type { ProfileView } from '../../../shared/profile';
import { errorMessage } from '../ipc-client';
import { useDuplicateProfile, useFetchToken, usePinProfile } from '../queries';
import { showToast } from '../toast-store';
import { useCopyProfileToken } from '../use-copy-profile-token';
import { MenuButton, type MenuItem } from './menu-button';

interface ProfileActionsProps {
  readonly profile: ProfileView;
  readonly compact: boolean;
  /** While the row asks "Delete …?", its own Delete button steps aside so only one Delete is on offer. */
  readonly confirmingDelete: boolean;
  readonly deleteButtonRef: RefObject<HTMLButtonElement | null>;
  readonly onDelete: () => void;
  readonly onEdit: () => void;
  /** Opens the form at the secret field; only when the secret is not usable (the compact row's menu offers it). */
  readonly onEnterSecret?: (() => void) | null;
  /** Moves the profile a place up or down; null where it cannot go. */
  readonly onMove: { readonly up: (() => void) | null; readonly down: (() => void) | null };
}

export function ProfileActions({ profile, compact, confirmingDelete, deleteButtonRef, onDelete, onEdit, onEnterSecret = null, onMove }: ProfileActionsProps) {
  const fetchToken = useFetchToken();
  const { copy, isPending: copying } = useCopyProfileToken();
  const duplicate = useDuplicateProfile();
  const pin = usePinProfile();
  const toastError = (error: Error): void => showToast('alert', errorMessage(error));
  const getToken = (): void => fetchToken.mutate(profile.id, { onError: toastError });

  const duplicateProfile = (): void =>
    duplicate.mutate(profile.id, {
      onSuccess: (copyView) => showToast('status', `Duplicated “${profile.name}” as “${copyView.name}”.`),
      onError: toastError,
    });

  const moreItems: MenuItem[] = [
    { label: profile.pinned ? 'Unpin' : 'Pin', onSelect: () => pin.mutate({ id: profile.id, pinned: !profile.pinned }, { onError: toastError }), disabled: pin.isPending },
    { label: 'Duplicate', onSelect: duplicateProfile, disabled: duplicate.isPending },
    { label: 'Move up', onSelect: () => onMove.up?.(), disabled: onMove.up === null, keyshortcuts: 'Alt+ArrowUp' },
    { label: 'Move down', onSelect: () => onMove.down?.(), disabled: onMove.down === null, keyshortcuts: 'Alt+ArrowDown' },
  ];
  const items: MenuItem[] = compact
    ? [
        { label: 'Get token', onSelect: getToken, disabled: fetchToken.isPending },
        ...(onEnterSecret ? [{ label: 'Enter secret', onSelect: onEnterSecret }] : []),
        { label: 'Edit', onSelect: onEdit },
        ...moreItems,
        { label: 'Delete', onSelect: onDelete, disabled: confirmingDelete },
      ]
    : moreItems;

  return (
    <div className="profile-actions">
      {!compact && (
        <button type="button" className="button" disabled={fetchToken.isPending} aria-busy={fetchToken.isPending} onClick={getToken}>
          Get token
        </button>
      )}
      <div className="split-button">
        <button type="button" className="button button-primary" disabled={copying} aria-busy={copying} aria-keyshortcuts="Enter Control+C Meta+C" onClick={() => copy(profile)}>
          Copy
        </button>
        <MenuButton
          label="Copy as…"
          buttonContent={<span aria-hidden="true">▾</span>}
          className="button button-primary split-button-menu"
          items={copyFormats.map((format) => ({ label: COPY_FORMAT_LABELS[format], onSelect: () => copy(profile, format), disabled: copying }))}
        />
      </div>
      {!compact && (
        <button type="button" className="button" onClick={onEdit}>
          Edit
        </button>
      )}
      <MenuButton label="More" items={items} />
      {/* Hidden rather than removed while confirming, so the row's columns do not jump. */}
      {!compact && (
        <button ref={deleteButtonRef} type="button" className={confirmingDelete ? 'button button-quiet invisible' : 'button button-quiet'} onClick={onDelete}>
          Delete
        </button>
      )}
    </div>
  );
}
