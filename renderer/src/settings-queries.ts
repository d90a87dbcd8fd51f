// Queries and mutations the settings dialog and the profile form's Test button need, beside the shared ones in queries.ts.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewProfileInput } from '../../shared/profile';
import { unwrap } from './ipc-client';
import { forgetWhenSettled } from './queries';

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
export function useTestProfile() {
  return useMutation({ mutationFn: (input: NewProfileInput) => unwrap(window.butlr.testProfile(input)), ...forgetWhenSettled });
}
