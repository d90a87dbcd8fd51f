// A row's token state: the badge (an icon of its own and the state in words), the live countdown, and — on a card's
// second line — a thin bar of lifetime left, with whatever follows it (auto-refresh, "last used").
import type { ReactNode } from 'react';
import type { TokenView } from '../token-view';
import { StatusIcon } from './status-icon';

export function StatusBadge({ view }: { readonly view: Pick<TokenView, 'state' | 'tone' | 'label'> }) {
  return (
    <span className={`badge status-badge badge-${view.tone}`} data-testid="token-status" data-state={view.state}>
      <StatusIcon state={view.state} />
      {view.label}
    </span>
  );
}

export function TokenState({ view, busy = false }: { readonly view: TokenView; readonly busy?: boolean }) {
  return (
    <div className="token-state" aria-busy={busy || undefined}>
      <StatusBadge view={view} />
      <span className="countdown" data-testid="countdown">
        {view.countdown}
      </span>
    </div>
  );
}

export function TokenTiming({ view, children }: { readonly view: TokenView; readonly children?: ReactNode }) {
  return (
    <div className="token-timing">
      {/* The countdown already says this in words; the bar is only a glance. */}
      <div className="lifetime" aria-hidden="true">
        {view.remaining !== null && <div className={`lifetime-fill lifetime-${view.tone}`} style={{ width: `${view.remaining * 100}%` }} />}
      </div>
      {children}
    </div>
  );
}
