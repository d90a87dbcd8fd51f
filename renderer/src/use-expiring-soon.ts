// The settings the views read while drawing: the "expiring soon" threshold, with the shared default until main has answered.
import { useQuery } from '@tanstack/react-query';
import { EXPIRING_SOON_MS } from '../../shared/expiry';
import { settingsQuery } from './queries';

/** The "expiring soon" threshold in ms; every row shares the one cached settings query. */
export function useExpiringSoonMs(): number {
  const { data } = useQuery({ ...settingsQuery(), select: (settings) => settings.expiringSoonSeconds * 1000 });
  return data ?? EXPIRING_SOON_MS;
}
