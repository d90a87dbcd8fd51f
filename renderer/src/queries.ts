// The one place the renderer talks to main: query factories, mutation hooks, and main's push events turned into invalidations.
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { CopyFormat } from '../../shared/copy-format';
import type { NewProfileInput, ProfileChangesInput, ProfileView } from '../../shared/profile';
import type { SettingsPatch } from '../../shared/settings';
import type { ClashDecision } from '../../shared/transfer';
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
};

export const profilesQuery = () =>
  queryOptions({
    queryKey: queryKeys.profiles,
    queryFn: () => unwrap(window.butlr.listProfiles()),
  });

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

/**
 * For mutations whose variables carry something typed that is secret (a client secret, a password, a passphrase):
 * React Query keeps a settled mutation, variables and all, in its cache for `gcTime` (five minutes by default). With 0
 * it is dropped as soon as it has settled and its form has closed; while the form is open, the hook still reads the
 * mutation's state (pending, error), and the form holds the typed value anyway.
 */
export const forgetWhenSettled = { gcTime: 0 } as const;

/**
 * Refetches the list, and with it the open profile's details and activity, once a mutation settles; failures count too
 * (a failed fetch marks the token failed, a delete may find it already gone).
 */
function useRefreshProfiles(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.profiles });
}

export function useCreateProfile() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: (input: NewProfileInput) => unwrap(window.butlr.createProfile(input)), onSettled: refresh, ...forgetWhenSettled });
}

export function useUpdateProfile() {
  const refresh = useRefreshProfiles();
  return useMutation({
    mutationFn: (update: { id: string; changes: ProfileChangesInput }) => unwrap(window.butlr.updateProfile(update)),
    onSettled: refresh,
    ...forgetWhenSettled,
  });
}

export function useDuplicateProfile() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: (id: string) => unwrap(window.butlr.duplicateProfile({ id })), onSettled: refresh });
}

const reorderKey = ['reorder-profiles'] as const;

/**
 * Moves a profile a place up (-1) or down (1), from the list as last shown (so quick repeated moves add up), shows the
 * new order at once and sends main the whole order. Only the last of several quick moves refetches, so an answer to an
 * earlier one cannot put back an order the person has already moved on from.
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

/** Brings back a deleted profile within its undo window. Not a hook: Undo lives in a toast that outlasts the row that asked. */
export async function restoreProfile(queryClient: QueryClient, id: string): Promise<ProfileView> {
  try {
    return await unwrap(window.butlr.restoreProfile({ id }));
  } finally {
    await queryClient.invalidateQueries({ queryKey: queryKeys.profiles });
  }
}

export function useDeleteProfile() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: (id: string) => unwrap(window.butlr.deleteProfile({ id })), onSettled: refresh });
}

export function useFetchToken() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: (id: string) => unwrap(window.butlr.fetchToken({ id })), onSettled: refresh });
}

/** Copies in `format`, or in the default-format setting when none is given. */
export function useCopyToken() {
  const refresh = useRefreshProfiles();
  return useMutation({
    mutationFn: ({ id, format }: { id: string; format?: CopyFormat }) => unwrap(window.butlr.copyToken(format === undefined ? { id } : { id, format })),
    onSettled: refresh,
  });
}

/** Pins a profile to the top of the board, or unpins it. */
export function usePinProfile() {
  const refresh = useRefreshProfiles();
  return useMutation({
    mutationFn: ({ id, pinned }: { id: string; pinned: boolean }) => unwrap(window.butlr.updateProfile({ id, changes: { pinned } })),
    onSettled: refresh,
  });
}

/** Puts the quick-switcher window away; main answers whether there was one to hide. */
export function useHideQuickSwitcher() {
  return useMutation({ mutationFn: () => unwrap(window.butlr.hideQuickSwitcher()) });
}

export function useSetAutoRefresh() {
  const refresh = useRefreshProfiles();
  return useMutation({
    mutationFn: (change: { id: string; enabled: boolean }) => unwrap(window.butlr.setAutoRefresh(change)),
    onSettled: refresh,
  });
}

/** Main shows the token in its own native window; the answer says only whether it did. */
export function useRevealToken() {
  return useMutation({ mutationFn: (id: string) => unwrap(window.butlr.revealToken({ id })) });
}

export function useExportActivity() {
  return useMutation({ mutationFn: (id: string) => unwrap(window.butlr.exportActivity({ id })) });
}

/** Main shows the open dialog; null when the person cancelled it. */
export function useStartImport() {
  return useMutation({ mutationFn: () => unwrap(window.butlr.startImport()) });
}

export function useUnlockImport() {
  return useMutation({ mutationFn: (unlock: { importId: string; passphrase: string }) => unwrap(window.butlr.unlockImport(unlock)), ...forgetWhenSettled });
}

export function useFinishImport() {
  const refresh = useRefreshProfiles();
  return useMutation({
    mutationFn: (finish: { importId: string; decisions: Record<string, ClashDecision> }) => unwrap(window.butlr.finishImport(finish)),
    // A failure part-way keeps what was imported before it, so the list is refreshed either way.
    onSettled: refresh,
  });
}

export function useCancelImport() {
  return useMutation({ mutationFn: (importId: string) => unwrap(window.butlr.cancelImport({ importId })) });
}

/** Main shows the save dialog; `savedTo` is null when the person cancelled it. */
export function useExportProfiles() {
  return useMutation({
    mutationFn: (passphrase: string | undefined) => unwrap(window.butlr.exportProfiles(passphrase === undefined ? {} : { passphrase })),
    ...forgetWhenSettled,
  });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => unwrap(window.butlr.updateSettings(patch)),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.settings }),
  });
}

/** Keeps what is on screen current when main changes it on its own (auto-refresh, a renewal during Copy, another window). */
export function useMainEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const invalidate = (queryKey: readonly unknown[], exact = false): void => void queryClient.invalidateQueries({ queryKey, exact });
    const unsubscribers = [
      window.butlr.onTokenChanged(({ profileId }) => {
        // The list, plus this profile's details and activity; other profiles' cached details are untouched.
        invalidate(queryKeys.profiles, true);
        invalidate(queryKeys.profile(profileId));
      }),
      window.butlr.onProfilesChanged(() => invalidate(queryKeys.profiles)),
      window.butlr.onSettingsChanged(() => invalidate(queryKeys.settings)),
    ];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [queryClient]);
}
