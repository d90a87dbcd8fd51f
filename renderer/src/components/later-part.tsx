// Stand-ins for the parts in later-parts.ts. The window fetches their chunk right after its first paint (see
// `preloadLaterParts`), so it is there long before a person opens a dialog; from then on a stand-in renders its part
// synchronously, with no frame of delay (React.lazy would suspend once even then, and a fast typist's first
// keystrokes could miss the dialog). The quick-switcher window never needs them, and never fetches them.
import { createElement, useEffect, useSyncExternalStore, type ComponentType } from 'react';
import { showToast } from '../toast-store';
import type * as LaterPartsModule from './later-parts';

type LaterParts = typeof LaterPartsModule;
type Loading = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly parts: LaterParts } | { readonly state: 'failed' };

const NOT_LOADED = 'Part of Butlr Credentials could not be loaded, so its dialogs cannot open. Reinstall the app.';

let current: Loading = { state: 'loading' };
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function settle(next: Loading): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Starts fetching the later parts, once; a stand-in that mounts first starts it too. */
export function preloadLaterParts(): void {
  loading ??= import('./later-parts').then(
    (parts) => settle({ state: 'loaded', parts }),
    (error: unknown) => {
      console.error('Could not load the dialogs and the details panel', error);
      showToast('alert', NOT_LOADED);
      settle({ state: 'failed' });
    },
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function useLaterParts(): Loading {
  useEffect(preloadLaterParts, []);
  return useSyncExternalStore(subscribe, () => current);
}

/** Every later part is something that opens and closes, so a stand-in that cannot show it closes it again at once. */
function laterPart<Props extends { readonly onClose: () => void }>(name: string, pick: (parts: LaterParts) => ComponentType<Props>) {
  function LaterPart(props: Props) {
    const loaded = useLaterParts();
    const { onClose } = props;
    useEffect(() => {
      if (loaded.state !== 'failed') return;
      showToast('alert', NOT_LOADED);
      onClose();
    }, [loaded.state, onClose]);
    return loaded.state === 'loaded' ? createElement(pick(loaded.parts), props) : null;
  }
  LaterPart.displayName = `Later(${name})`;
  return LaterPart;
}

export const DetailsPanel = laterPart('DetailsPanel', (parts) => parts.DetailsPanel);
export const ExportDialog = laterPart('ExportDialog', (parts) => parts.ExportDialog);
export const ImportDialog = laterPart('ImportDialog', (parts) => parts.ImportDialog);
export const ImportProblemsDialog = laterPart('ImportProblemsDialog', (parts) => parts.ImportProblemsDialog);
export const Menu = laterPart('Menu', (parts) => parts.Menu);
export const ProfileFormDialog = laterPart('ProfileFormDialog', (parts) => parts.ProfileFormDialog);
export const RowMenu = laterPart('RowMenu', (parts) => parts.RowMenu);
export const SettingsDialog = laterPart('SettingsDialog', (parts) => parts.SettingsDialog);
export const ShortcutsDialog = laterPart('ShortcutsDialog', (parts) => parts.ShortcutsDialog);
