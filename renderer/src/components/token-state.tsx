// The token column of a row: a status badge in words, the live countdown, a thin bar of lifetime left, and what auto-refresh is doing.
import type { ReactNode } from 'react';
import type { TokenView } from '../token-view';

export function TokenState({ view, children }: { readonly view: TokenView; readonly children?: ReactNode }) {
  return (
    <div className="token-state">
      <span className={`badge badge-${view.tone}`} data-testid="token-status">
        {view.label}
      </span>
      <span className="countdown" data-testid="countdown">
        {view.countdown}
      </span>
      {/* The countdown already says this in words; the bar is only a glance. */}
      <div className="lifetime" aria-hidden="true">
        {view.remaining !== null && <div className={`lifetime-fill lifetime-${view.tone}`} style={{ width: `${view.remaining * 100}%` }} />}
      </div>
      {children}
    </div>
  );
}
