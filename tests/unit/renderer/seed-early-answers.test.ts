// The early answers handed to the query cache: the first screenful is a head start whose failure is not an error of its
// own (the whole list's query reports it), and nothing is left to reject unhandled.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { EarlyAnswers } from '../../../renderer/src/early-requests';
import { firstProfilesQuery, profilesQuery, seedEarlyAnswers, settingsQuery } from '../../../renderer/src/queries';

const bridgeDown = () => Promise.reject(new Error('The bridge to the main process is not there.'));

async function settle(queryClient: QueryClient): Promise<void> {
  // Vitest fails the run on a rejection nobody handled; give any a turn to surface.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await queryClient.getQueryCache().find({ queryKey: profilesQuery().queryKey })?.promise?.catch(() => {});
}

describe('seedEarlyAnswers', () => {
  it('fills the cache from the answers asked for at the page’s start', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const answers: EarlyAnswers = {
      firstProfiles: Promise.resolve({ ok: true, value: { profiles: [], total: 0 } }),
      profiles: Promise.resolve({ ok: true, value: [] }),
      settings: Promise.resolve({ ok: true, value: { expiringSoonMinutes: 5 } as never }),
    };
    seedEarlyAnswers(queryClient, answers);
    await settle(queryClient);
    expect(queryClient.getQueryData(firstProfilesQuery().queryKey)).toEqual({ profiles: [], total: 0 });
    expect(queryClient.getQueryData(profilesQuery().queryKey)).toEqual([]);
    expect(queryClient.getQueryData(settingsQuery().queryKey)).toEqual({ expiringSoonMinutes: 5 });
  });

  it('when the bridge itself fails, leaves the first screen empty and lets the whole list’s query carry the one error', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    seedEarlyAnswers(queryClient, { firstProfiles: bridgeDown(), profiles: bridgeDown(), settings: bridgeDown() });
    await settle(queryClient);
    expect(queryClient.getQueryData(firstProfilesQuery().queryKey)).toBeUndefined();
    expect(queryClient.getQueryState(profilesQuery().queryKey)?.error?.message).toMatch(/^The app could not reach its background/);
  });

  it('keeps a first screenful main refused out of the cache', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    seedEarlyAnswers(queryClient, {
      firstProfiles: Promise.resolve({ ok: false, error: { code: 'internal', message: 'No.' } as never }),
      profiles: Promise.resolve({ ok: true, value: [] }),
      settings: Promise.resolve({ ok: true, value: {} as never }),
    });
    await settle(queryClient);
    expect(queryClient.getQueryData(firstProfilesQuery().queryKey)).toBeUndefined();
  });
});
