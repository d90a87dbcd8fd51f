// The token column of a row: a status badge in words, the live countdown, and a thin bar of lifetime left.
import type { TokenView } from '../token-view';

export function TokenState({ view }: { readonly view: TokenView }) {
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
    </div>
  );
}
