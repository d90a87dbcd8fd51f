// After a delete: the "“Name”: deleted." toast whose Undo restores the profile until main's undo window closes.
import { aboutProfile } from '../../shared/profile-message';
import type { QueryClient } from '@tanstack/react-query';
import { profileNameButtonId } from './element-ids';
import { errorMessage } from './ipc-client';
import { restoreProfile } from './queries';
import { showToast } from './toast-store';

async function undo(queryClient: QueryClient, id: string): Promise<void> {
  try {
    const restored = await restoreProfile(queryClient, id);
    showToast('status', aboutProfile(restored.name, 'restored.'));
    // Undo was pressed in the toast, which is now gone, so focus fell to the page: continue from the profile that came back.
    requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body) document.getElementById(profileNameButtonId(id))?.focus();
    });
  } catch (error) {
    showToast('alert', errorMessage(error));
  }
}

export function offerUndoDelete(queryClient: QueryClient, deleted: { readonly id: string; readonly undoUntil: number }, name: string): void {
  showToast('status', aboutProfile(name, 'deleted.'), { until: deleted.undoUntil, action: { label: 'Undo', undo: true, run: () => void undo(queryClient, deleted.id) } });
}
