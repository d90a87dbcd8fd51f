// The one place the renderer talks to main: query factories, mutation hooks, and main's push events turned into invalidations.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { NewProfileInput } from '../../shared/profile';
import type { SettingsPatch } from '../../shared/settings';
import { unwrap } from './ipc-client';

export const queryKeys = {
  profiles: ['profiles'] as const,
  profile: (id: string) => ['profiles', id] as const,
  tokenDetails: (id: string) => ['profiles', id, 'details'] as const,
  activity: (id: string) => ['profiles', id, 'activity'] as const,
  settings: ['settings'] as const,
  encryptionStatus: ['encryption-status'] as const,
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
  return useMutation({ mutationFn: (input: NewProfileInput) => unwrap(window.butlr.createProfile(input)), onSettled: refresh });
}

export function useDeleteProfile() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: (id: string) => unwrap(window.butlr.deleteProfile({ id })), onSettled: refresh });
}

export function useFetchToken() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: (id: string) => unwrap(window.butlr.fetchToken({ id })), onSettled: refresh });
}

export function useCopyToken() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: (id: string) => unwrap(window.butlr.copyToken({ id })), onSettled: refresh });
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
