// A row's menu, opened by More, a right-click, Shift+F10 or the context-menu key: get a token, enter or update the secret, details,
// edit, pin, duplicate, move, delete. A later part (later-parts.ts): only an open menu needs its code and its mutations.
import type { RefObject } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { aboutProfile } from '../../../shared/profile-message';
import { errorMessage } from '../ipc-client';
import { offersRetry } from '../profile-attention';
import { useDuplicateProfile, useFetchToken, usePinProfile } from '../queries';
import { showToast } from '../toast-store';
import { Menu, type MenuItem, type MenuPoint } from './menu';
import type { SecretAction } from '../use-profile-row';

export interface RowMenuProps {
  readonly id: string;
  readonly profile: ProfileView;
  /** At the pointer (a right-click), or under More (null). */
  readonly at: MenuPoint | null;
  readonly ownerRef: RefObject<HTMLElement | null>;
  /** Its details are open: the menu offers to hide them. */
  readonly selected: boolean;
  readonly moves: { readonly up: (() => void) | null; readonly down: (() => void) | null };
  readonly confirmingDelete: boolean;
  readonly onDelete: () => void;
  readonly onToggleDetails: () => void;
  readonly onEdit: () => void;
  /** Opens the form at the secret field ("Enter secret", "Update secret"); only when the secret needs it. */
  readonly secretAction: SecretAction | null;
  readonly onClose: (returnFocus?: boolean) => void;
}

export function RowMenu({ id, profile, at, ownerRef, selected, moves, confirmingDelete, onDelete, onToggleDetails, onEdit, secretAction, onClose }: RowMenuProps) {
  const fetchToken = useFetchToken();
  const duplicate = useDuplicateProfile();
  const pin = usePinProfile();
  // mutateAsync, not mutate's callbacks: the menu closes (and unmounts) as soon as an item is chosen, before any answer.
  // Main shares one sign-in between requests for a profile, so a second Get token while one runs costs nothing.
  const toastError = (error: unknown): void => showToast('alert', errorMessage(error));
  const duplicateProfile = (): void =>
    void duplicate.mutateAsync(profile.id).then((copyView) => showToast('status', aboutProfile(profile.name, `duplicated as “${copyView.name}”.`)), toastError);
  const items: MenuItem[] = [
    // After a failure that passes, the same action under the name the row's button gives it.
    { label: offersRetry(profile) ? 'Retry' : 'Get token', onSelect: () => void fetchToken.mutateAsync(profile.id).catch(toastError) },
    ...(secretAction ? [{ label: secretAction.label, onSelect: secretAction.run }] : []),
    { label: selected ? 'Hide details' : 'Show details', onSelect: onToggleDetails },
    { label: 'Edit', onSelect: onEdit },
    { label: profile.pinned ? 'Unpin' : 'Pin', onSelect: () => void pin.mutateAsync({ id: profile.id, pinned: !profile.pinned }).catch(toastError) },
    { label: 'Duplicate', onSelect: duplicateProfile },
    { label: 'Move up', onSelect: () => moves.up?.(), disabled: moves.up === null, keyshortcuts: 'Alt+ArrowUp' },
    { label: 'Move down', onSelect: () => moves.down?.(), disabled: moves.down === null, keyshortcuts: 'Alt+ArrowDown' },
    { label: 'Delete', onSelect: onDelete, disabled: confirmingDelete },
  ];
  return <Menu id={id} label={`${profile.name} actions`} items={items} at={at} ownerRef={ownerRef} onClose={onClose} />;
}
