// What this window says right after a copy, where the eye is: which profile's Copy button reads "Copied" for a moment, and
// the sentence the clipboard strip's live region announces. Every copy in the window sets it (a row's Copy or Copy as…,
// a double-click, Enter or Ctrl/Cmd+C, the details panel); the strip's "Clear now" says how that went here too.
import { useSyncExternalStore } from 'react';

/** How long a Copy button reads "Copied". */
export const COPIED_MS = 1500;

interface CopyFeedback {
  /** The profile whose Copy button reads "Copied" now; null once the moment has passed. */
  readonly copiedId: string | null;
  /** What the live region says; `serial` changes with each, so the same sentence twice is announced twice. */
  readonly announcement: string;
  readonly serial: number;
}

const listeners = new Set<() => void>();
let feedback: CopyFeedback = { copiedId: null, announcement: '', serial: 0 };
let timer: ReturnType<typeof setTimeout> | undefined;

function publish(next: CopyFeedback): void {
  feedback = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function announce(announcement: string): void {
  publish({ ...feedback, announcement, serial: feedback.serial + 1 });
}

export function showCopied(profileId: string, announcement: string): void {
  clearTimeout(timer);
  publish({ copiedId: profileId, announcement, serial: feedback.serial + 1 });
  timer = setTimeout(() => publish({ ...feedback, copiedId: null }), COPIED_MS);
}

/** True for COPIED_MS after this profile's token was copied from this window. */
export function useJustCopied(profileId: string): boolean {
  return useSyncExternalStore(subscribe, () => feedback.copiedId === profileId);
}

export function useAnnouncement(): Pick<CopyFeedback, 'announcement' | 'serial'> {
  const serial = useSyncExternalStore(subscribe, () => feedback.serial);
  return { announcement: feedback.announcement, serial };
}
