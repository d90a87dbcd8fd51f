// Finds the selected profile in the list and shows its details panel; nothing once the profile is gone.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { profilesQuery } from '../queries';
import { DetailsPanel } from './later-part';

interface SelectedDetailsProps {
  readonly selectedId: string | null;
  readonly overlay: boolean;
  readonly onClose: () => void;
}

/**
 * Through `select`, so the caller re-renders only when that one profile changes: the app shell asks too, and would
 * otherwise redraw the whole window for every new list (1,000 profiles arriving, any token renewed).
 */
export function useSelectedProfile(selectedId: string | null) {
  const select = useCallback((profiles: readonly ProfileView[]) => (selectedId === null ? undefined : profiles.find((profile) => profile.id === selectedId)), [selectedId]);
  return useQuery({ ...profilesQuery(), select }).data;
}

export function SelectedDetails({ selectedId, overlay, onClose }: SelectedDetailsProps) {
  const profile = useSelectedProfile(selectedId);
  return profile ? <DetailsPanel profile={profile} overlay={overlay} onClose={onClose} /> : null;
}
