// The board's density: the saved setting, and a change from the board's toolbar, saved through main like any other setting.
import { useQuery } from '@tanstack/react-query';
import type { Density } from '../../shared/settings';
import { errorMessage } from './ipc-client';
import { settingsQuery, useUpdateSettings } from './queries';
import { showToast } from './toast-store';

export interface DensityState {
  /** Null until the settings have loaded; the default if they cannot be read. */
  readonly density: Density | null;
  readonly setDensity: (density: Density) => void;
}

export function useDensity(): DensityState {
  const { data, isError } = useQuery({ ...settingsQuery(), select: (settings) => settings.density });
  const update = useUpdateSettings();
  return {
    // A literal rather than DEFAULT_SETTINGS: importing shared/settings' values would pull zod into the first chunk.
    density: data ?? (isError ? 'comfortable' : null),
    setDensity: (density) => update.mutate({ density }, { onError: (error) => showToast('alert', errorMessage(error)) }),
  };
}
