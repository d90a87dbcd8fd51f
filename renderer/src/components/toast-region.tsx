// Where toasts appear, one at a time, at the bottom left, away from the rows' buttons: confirmations as role="status",
// errors as role="alert"; each leaves on its own unless hovered or focused. A copy has none: its button and the clipboard
// strip say it.
import { useEffect, useState } from 'react';
import { dismissToast, useToasts, type Toast } from '../toast-store';
import { UndoShortcut } from './later-part';

const VISIBLE_MS: Record<Toast['kind'], number> = {
  status: 4000,
  // Errors carry a next step to read, so they stay a little longer.
  alert: 6000,
};

function ToastItem({ toast }: { readonly toast: Toast }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // A toast with a deadline (Undo) leaves when its action stops working, hovered or not.
  const paused = (hovered || focused) && toast.until === undefined;

  useEffect(() => {
    if (paused) return;
    const visibleMs = toast.until === undefined ? VISIBLE_MS[toast.kind] : Math.max(0, toast.until - Date.now());
    const timer = setTimeout(() => dismissToast(toast.id), visibleMs);
    return () => clearTimeout(timer);
  }, [paused, toast.id, toast.kind, toast.until]);

  const { action } = toast;
  return (
    <div
      className={`toast toast-${toast.kind}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <p role={toast.kind}>
        {toast.message}
      </p>
      {action && (
        <button
          type="button"
          className="button toast-action"
          aria-keyshortcuts={action.undo ? 'Control+Z Meta+Z' : undefined}
          onClick={() => {
            dismissToast(toast.id);
            action.run();
          }}
        >
          {action.label}
        </button>
      )}
      <button type="button" className="toast-dismiss" aria-label="Dismiss" onClick={() => dismissToast(toast.id)}>
        ×
      </button>
    </div>
  );
}

export function ToastRegion() {
  const toasts = useToasts();
  return (
    // The region itself is live and always present: screen readers miss live elements that arrive already filled.
    <section className="toast-region" aria-label="Notifications" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
      <UndoShortcut toasts={toasts} />
    </section>
  );
}
