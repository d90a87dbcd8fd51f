// The row's "Auto" line: shows that auto-refresh is on and when it renews next, or that it is paused.
import type { AutoRefreshView } from '../profile-attention';

export function AutoRefreshIndicator({ view }: { readonly view: AutoRefreshView }) {
  if (view.state === 'off') return null;
  const detail = view.state === 'paused' ? 'paused until the credentials are fixed' : view.text;
  return (
    <span className={view.state === 'paused' ? 'auto-indicator auto-indicator-paused' : 'auto-indicator'} data-testid="auto-refresh">
      <span className="auto-pill" aria-hidden="true">
        Auto
      </span>
      <span className="visually-hidden">Auto-refresh</span> {detail}
    </span>
  );
}
