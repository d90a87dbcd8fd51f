// Where toasts appear: confirmations as role="status", errors as role="alert"; each leaves on its own unless hovered or focused.
import { useEffect, useState } from 'react';
import { dismissToast, useToasts, type Toast } from '../toast-store';

const VISIBLE_MS: Record<Toast['kind'], number> = {
  status: 4000,
  // Errors carry a next step to read, so they stay a little longer.
  alert: 6000,
};

function ToastItem({ toast }: { readonly toast: Toast }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = hovered || focused;

  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismissToast(toast.id), VISIBLE_MS[toast.kind]);
    return () => clearTimeout(timer);
  }, [paused, toast.id, toast.kind]);

  return (
    <div
      className={`toast toast-${toast.kind}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <p role={toast.kind}>{toast.message}</p>
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
    </section>
  );
}
