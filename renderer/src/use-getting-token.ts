// Whether a Get token for a profile is under way in this window (its menu, Ctrl/Cmd+R, Retry): the row says so, rather
// than showing the old state until the answer comes (up to the sign-in's 15 s limit). Read straight from the mutation
// cache (contractMutation keys each mutation by its method), which keeps the first chunk small.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

export function useGettingToken(profileId: string): boolean {
  const mutations = useQueryClient().getMutationCache();
  // Stable, so a row subscribes once rather than again at every tick of its countdown.
  const subscribe = useCallback((onChange: () => void) => mutations.subscribe(onChange), [mutations]);
  return useSyncExternalStore(subscribe, () =>
    mutations.getAll().some(({ options, state }) => options.mutationKey?.[0] === 'fetchToken' && state.status === 'pending' && state.variables === profileId),
  );
}
