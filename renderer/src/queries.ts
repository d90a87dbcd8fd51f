// The one place the renderer talks to main: query factories, mutation hooks, and main's push events turned into invalidations.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { NewProfileInput } from '../../shared/profile';
import { unwrap } from './ipc-client';

export const queryKeys = {
  profiles: ['profiles'] as const,
  encryptionStatus: ['encryption-status'] as const,
};

export const profilesQuery = () =>
  queryOptions({
    queryKey: queryKeys.profiles,
    queryFn: () => unwrap(window.butlr.listProfiles()),
  });

export const encryptionStatusQuery = () =>
  queryOptions({
    queryKey: queryKeys.encryptionStatus,
    queryFn: () => unwrap(window.butlr.getEncryptionStatus()),
    // The backend is chosen once when the app starts; it cannot change under a running window.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Refetches the list once a mutation settles; failures count too (a failed fetch marks the token failed, a delete may find it already gone). */
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

/** Keeps the list current when main changes it on its own (a renewal during Copy, another window, a deletion). */
export function useMainEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = (): void => void queryClient.invalidateQueries({ queryKey: queryKeys.profiles });
    const unsubscribers = [window.butlr.onTokenChanged(refresh), window.butlr.onProfilesChanged(refresh)];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [queryClient]);
}
