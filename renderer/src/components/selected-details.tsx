// Finds the selected profile in the list and shows its details panel; nothing once the profile is gone.
import { useQuery } from '@tanstack/react-query';
import { profilesQuery } from '../queries';
import { DetailsPanel } from './later-part';

interface SelectedDetailsProps {
  readonly selectedId: string | null;
  readonly overlay: boolean;
  readonly onClose: () => void;
}

export function useSelectedProfile(selectedId: string | null) {
  const { data: profiles } = useQuery(profilesQuery());
  return selectedId === null ? undefined : profiles?.find((profile) => profile.id === selectedId);
}

export function SelectedDetails({ selectedId, overlay, onClose }: SelectedDetailsProps) {
  const profile = useSelectedProfile(selectedId);
  return profile ? <DetailsPanel profile={profile} overlay={overlay} onClose={onClose} /> : null;
}
