// The board's side of the keyboard shortcuts: which row is current, and what copying, Get token and moving do to it.
import { aboutProfile } from '../../shared/profile-message';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import { SEARCH_INPUT_ID } from './element-ids';
import { errorMessage } from './ipc-client';
import { useKeyboardShortcuts } from './keyboard-shortcuts';
import { profilesQuery, useFetchToken } from './queries';
import { showToast } from './toast-store';
import { useCopyProfileToken } from './use-copy-profile-token';

/**
 * How the arrow keys reach the board, whose rows are mostly not in the DOM (it is virtualized): the rows as it shows them
 * now, top to bottom, whatever the search, sort and grouping; and a way to scroll one into view and focus it.
 */
export interface BoardNavigation {
  readonly rowIds: () => readonly string[];
  readonly reveal: (id: string) => void;
}

interface BoardKeyboardOptions {
  /** The profile whose details are open: what the shortcuts act on until the arrows pick another. */
  readonly selectedId: string | null;
  /** Filled in by the board while it shows rows. */
  readonly navigationRef: RefObject<BoardNavigation | null>;
  readonly onNewProfile: () => void;
  readonly onShowShortcuts: () => void;
}

/** Returns the keyboard's current row and a setter (a click on a row makes it current too). */
export function useBoardKeyboard({ selectedId, navigationRef, onNewProfile, onShowShortcuts }: BoardKeyboardOptions): [string | null, (id: string | null) => void] {
  const [currentId, setCurrentId] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { copy } = useCopyProfileToken();
  const fetchToken = useFetchToken();

  const target = (): { id: string; name: string } | undefined => {
    const id = currentId ?? selectedId;
    return id === null ? undefined : queryClient.getQueryData(profilesQuery().queryKey)?.find((profile) => profile.id === id);
  };

  useKeyboardShortcuts({
    focusSearch: () => {
      const search = document.getElementById(SEARCH_INPUT_ID);
      if (search instanceof HTMLInputElement) {
        search.focus();
        search.select();
      }
    },
    moveSelection: (delta) => {
      const board = navigationRef.current;
      const ids = board?.rowIds() ?? [];
      if (!board || ids.length === 0) return;
      const at = ids.indexOf(currentId ?? selectedId ?? '');
      const next = ids[at < 0 ? (delta > 0 ? 0 : ids.length - 1) : Math.min(ids.length - 1, Math.max(0, at + delta))]!;
      setCurrentId(next);
      board.reveal(next);
    },
    copySelected: () => {
      const profile = target();
      if (profile) copy(profile);
    },
    getTokenForSelected: () => {
      const profile = target();
      if (!profile) return;
      fetchToken.mutate(profile.id, {
        onSuccess: () => showToast('status', aboutProfile(profile.name, 'got a new token.')),
        onError: (error) => showToast('alert', errorMessage(error)),
      });
    },
    newProfile: onNewProfile,
    showShortcuts: onShowShortcuts,
  });
  return [currentId, setCurrentId];
}
