// The one place the renderer talks to main: query factories, mutation hooks, and main's push events turned into invalidations.
import { queryOptions, skipToken, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CopyFormat } from '../../shared/copy-format';
import type { FirstProfiles, ProfileView } from '../../shared/profile';
import type { EarlyAnswers } from './early-requests';
import { contractMutation } from './contract-mutation';
import { unwrap } from './ipc-client';
import { moveId, orderedAs } from './profile-order';

export const queryKeys = {
  profiles: ['profiles'] as const,
  profile: (id: string) => ['profiles', id] as const,
  tokenDetails: (id: string) => ['profiles', id, 'details'] as const,
  activity: (id: string) => ['profiles', id, 'activity'] as const,
  settings: ['settings'] as const,
  encryptionStatus: ['encryption-status'] as const,
  storageNotices: ['storage-notices'] as const,
  scriptAccess: ['script-access'] as const,
};

export const profilesQuery = () =>
  queryOptions({
    queryKey: queryKeys.profiles,
    queryFn: () => unwrap(window.butlr.listProfiles()),
  });

/**
 * The first screenful the page asked for as it started (early-requests.ts), shown only until the whole list is here.
 * Never fetched (skipToken: main.tsx puts the early answer in), and kept apart from ['profiles'], which main's events
 * refetch.
 */
export const firstProfilesQuery = () => queryOptions<FirstProfiles>({ queryKey: ['first-profiles'], queryFn: skipToken });

export const tokenDetailsQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.tokenDetails(id),
    queryFn: () => unwrap(window.butlr.getTokenDetails({ id })),
  });

export const activityQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.activity(id),
    queryFn: () => unwrap(window.butlr.getActivity({ id })),
  });

export const settingsQuery = () =>
  queryOptions({
    queryKey: queryKeys.settings,
    queryFn: () => unwrap(window.butlr.getSettings()),
  });

export const encryptionStatusQuery = () =>
  queryOptions({
    queryKey: queryKeys.encryptionStatus,
    queryFn: () => unwrap(window.butlr.getEncryptionStatus()),
    // The backend is chosen once when the app starts; it cannot change under a running window.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const storageNoticesQuery = () =>
  queryOptions({
    queryKey: queryKeys.storageNotices,
    queryFn: () => unwrap(window.butlr.getStorageNotices()),
    // Files are checked once, before the window opens.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** butlr-cred's channel, the live grants and the no-asking profiles; main says when any of it changes (scriptAccessChanged). */
export const scriptAccessQuery = () =>
  queryOptions({
    queryKey: queryKeys.scriptAccess,
    queryFn: () => unwrap(window.butlr.getScriptAccess()),
  });

// Mutations, one line each from the contract (contract-mutation.ts). Main's events (listenToMainEvents, below) refetch what
// each one changes, failures included: a failed sign-in marks the token failed and says so with tokenChanged.

/**
 * Both refetch the list before the form closes: the board then lands on the saved row (scrolled to and focused), and an
 * "Enter secret" button the save removes must be gone by then.
 */
export const useCreateProfile = contractMutation('createProfile', { forgetWhenSettled: true, invalidates: [queryKeys.profiles] });
export const useUpdateProfile = contractMutation('updateProfile', { forgetWhenSettled: true, invalidates: [queryKeys.profiles] });
export const useDuplicateProfile = contractMutation('duplicateProfile', { request: (id: string) => ({ id }), forgetWhenSettled: false, invalidates: [] });
export const useDeleteProfile = contractMutation('deleteProfile', { request: (id: string) => ({ id }), forgetWhenSettled: false, invalidates: [] });
export const useFetchToken = contractMutation('fetchToken', { request: (id: string) => ({ id }), forgetWhenSettled: false, invalidates: [] });
/** Copies in `format`, or in the default-format setting when none is given. */
export const useCopyToken = contractMutation('copyToken', {
  request: ({ id, format }: { id: string; format?: CopyFormat | undefined }) => (format === undefined ? { id } : { id, format }),
  forgetWhenSettled: false,
  invalidates: [],
});
/** Pins a profile to the top of the board, or unpins it. */
export const usePinProfile = contractMutation('updateProfile', {
  request: ({ id, pinned }: { id: string; pinned: boolean }) => ({ id, changes: { pinned } }),
  forgetWhenSettled: false,
  invalidates: [],
});
export const useSetAutoRefresh = contractMutation('setAutoRefresh', { forgetWhenSettled: false, invalidates: [] });
/** Main shows the token in its own native window; the answer says only whether it did. */
export const useRevealToken = contractMutation('revealToken', { request: (id: string) => ({ id }), forgetWhenSettled: false, invalidates: [] });
/** The clipboard strip's "Clear now"; main answers whether its token was still there, and says the plan is over with clipboardChanged. */
export const useClearClipboard = contractMutation('clearClipboard', { forgetWhenSettled: false, invalidates: [] });
export const useExportActivity = contractMutation('exportActivity', { request: (id: string) => ({ id }), forgetWhenSettled: false, invalidates: [] });
/** Main shows the open dialog; null when the person cancelled it. */
export const useStartImport = contractMutation('startImport', { forgetWhenSettled: false, invalidates: [] });
export const useUnlockImport = contractMutation('unlockImport', { forgetWhenSettled: true, invalidates: [] });
/** A file dropped on the window: the preload sends main the File's path, which the page never sees. */
export function useImportDroppedFile() {
  return useMutation({ mutationFn: (file: File) => unwrap(window.butlr.importDroppedFile(file)) });
}
/** A failure part-way keeps what was imported before it; main says so with profilesChanged for each profile it took in. */
export const useFinishImport = contractMutation('finishImport', { forgetWhenSettled: false, invalidates: [] });
export const useCancelImport = contractMutation('cancelImport', { request: (importId: string) => ({ importId }), forgetWhenSettled: false, invalidates: [] });
/** Main shows the save dialog; `savedTo` is null when the person cancelled it. Without a passphrase the file carries no secrets. */
export const useExportProfiles = contractMutation('exportProfiles', {
  request: (passphrase: string | undefined) => (passphrase === undefined ? {} : { passphrase }),
  forgetWhenSettled: true,
  invalidates: [],
});
export const useUpdateSettings = contractMutation('updateSettings', { answerReplaces: queryKeys.settings, forgetWhenSettled: false, invalidates: [] });
/** "Let scripts get this token without asking": main answers, and says so with scriptAccessChanged. */
export const useSetScriptsWithoutAsking = contractMutation('setScriptsWithoutAsking', { forgetWhenSettled: false, invalidates: [] });
export const useRevokeScriptGrant = contractMutation('revokeScriptGrant', { request: (grantId: string) => ({ grantId }), forgetWhenSettled: false, invalidates: [] });
/** Puts the quick-switcher window away; main answers whether there was one to hide. */
export const useHideQuickSwitcher = contractMutation('hideQuickSwitcher', { forgetWhenSettled: false, invalidates: [] });

const reorderKey = ['reorder-profiles'] as const;

/**
 * Moves a profile a place up (-1) or down (1), from the list as last shown (so quick repeated moves add up), shows the
 * new order at once and sends main the whole order. Only the last of several quick moves refetches, so an answer to an
 * earlier one cannot put back an order the person has already moved on from. It refetches itself, as main sends
 * profilesChanged only for an order it took: a refused one is put right by the refetch.
 */
export function useMoveProfile(): (id: string, delta: -1 | 1, onError: (error: Error) => void) => void {
  const queryClient = useQueryClient();
  const reorder = useMutation({
    mutationKey: reorderKey,
    mutationFn: (ids: readonly string[]) => unwrap(window.butlr.reorderProfiles({ ids: [...ids] })),
    onSettled: () => (queryClient.isMutating({ mutationKey: reorderKey }) > 1 ? undefined : queryClient.invalidateQueries({ queryKey: queryKeys.profiles })),
  });
  const { mutate } = reorder;
  // Stable, so memoised rows that receive it do not all re-render when the list does.
  return useCallback(
    (id: string, delta: -1 | 1, onError: (error: Error) => void) => {
      const profiles = queryClient.getQueryData(profilesQuery().queryKey);
      const ids = profiles && moveId(profiles.map((profile) => profile.id), id, delta);
      if (!profiles || !ids) return;
      // A list refetch already on its way predates this move; its answer is dropped.
      void queryClient.cancelQueries({ queryKey: queryKeys.profiles, exact: true });
      queryClient.setQueryData(profilesQuery().queryKey, orderedAs(profiles, ids));
      mutate(ids, { onError });
    },
    [queryClient, mutate],
  );
}

/**
 * Brings back a deleted profile within its undo window. Not a hook: Undo lives in a toast that outlasts the row that asked.
 * The list is refetched before it returns (profilesChanged would refetch it too, but later), so the restored row can take focus.
 */
export async function restoreProfile(queryClient: QueryClient, id: string): Promise<ProfileView> {
  try {
    return await unwrap(window.butlr.restoreProfile({ id }));
  } finally {
    await queryClient.invalidateQueries({ queryKey: queryKeys.profiles });
  }
}

/**
 * Keeps what is on screen current when main changes it on its own (auto-refresh, a renewal during Copy, another window).
 * Listened to from the page's start (main.tsx), before anything is asked, so no change can fall between an answer and
 * the listening.
 */
export function listenToMainEvents(queryClient: QueryClient): () => void {
  const invalidate = (queryKey: readonly unknown[], exact = false): void => void queryClient.invalidateQueries({ queryKey, exact });
  const unsubscribers = [
    window.butlr.onTokenChanged(({ profileId }) => {
      // The list, plus this profile's details and activity; other profiles' cached details are untouched.
      invalidate(queryKeys.profiles, true);
      invalidate(queryKeys.profile(profileId));
    }),
    window.butlr.onProfilesChanged(() => invalidate(queryKeys.profiles)),
    window.butlr.onSettingsChanged(() => invalidate(queryKeys.settings)),
    window.butlr.onScriptAccessChanged(() => invalidate(queryKeys.scriptAccess)),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}

/**
 * Hands the answers asked for at the page's start (early-requests.ts) to the cache, and asks now for any main changed
 * since. The first screenful is only a head start: if it fails, the whole list's query says what went wrong, once.
 */
export function seedEarlyAnswers(queryClient: QueryClient, early: EarlyAnswers): void {
  early.firstProfiles?.then(
    (answer) => answer.ok && queryClient.setQueryData(firstProfilesQuery().queryKey, answer.value),
    () => {},
  );
  const { profiles, settings } = early;
  void queryClient.prefetchQuery(profiles ? { ...profilesQuery(), queryFn: () => unwrap(profiles) } : profilesQuery());
  void queryClient.prefetchQuery(settings ? { ...settingsQuery(), queryFn: () => unwrap(settings) } : settingsQuery());
}
