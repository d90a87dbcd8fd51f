// Queries and mutations the settings dialog and the profile form's Test button need, beside the shared ones in queries.ts.
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { contractMutation } from './contract-mutation';
import { unwrap } from './ipc-client';
import { queryKeys } from './queries';

export const shortcutStatusKey = ['shortcut-status'] as const;

export const shortcutStatusQuery = () =>
  queryOptions({
    queryKey: shortcutStatusKey,
    queryFn: () => unwrap(window.butlr.getShortcutStatus()),
  });

/** Main registers the shortcut again when the setting changes: ask again once it has been saved. */
export function useRefreshShortcutStatus(): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: shortcutStatusKey });
}

/** Signs in with credentials not yet saved; nothing is stored, so nothing is invalidated. */
export const useTestProfile = contractMutation('testProfile', { forgetWhenSettled: true, invalidates: [] });

/** Runs a secret reference's command once and signs in with its answer, which stays in main; nothing is stored. */
export const useTestReferenceProfile = contractMutation('testReferenceProfile', { forgetWhenSettled: true, invalidates: [] });

/** Creates a profile whose secret is read from a secret manager (loaded with the form, not with the board). */
export const useCreateReferenceProfile = contractMutation('createReferenceProfile', { forgetWhenSettled: true, invalidates: [queryKeys.profiles] });
