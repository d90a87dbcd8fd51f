// One icon per token state, drawn in SVG in the text's colour (no emoji font needed): each a different shape, so the
// state reads in grayscale and to people who do not see the badge's colour. Decorative: the badge says it in words.
import type { ReactNode } from 'react';
import type { TokenState } from '../token-view';

/** Filled shapes have their glyph cut out (evenodd); outlined ones are drawn with the stroke. */
const SHAPES: Readonly<Record<TokenState, ReactNode>> = {
  // A filled disc with a check cut out.
  valid: <path fillRule="evenodd" d="M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1zM4.3 8.2l1.4-1.4 1.4 1.4 3.5-3.5 1.4 1.4L7.1 11z" />,
  // An hourglass, its sand mostly run down.
  expiring: (
    <>
      <path fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" d="M3.5 1.75h9M3.5 14.25h9M5 1.75c0 3.5 3 4.25 3 6.25S5 10.75 5 14.25M11 1.75c0 3.5-3 4.25-3 6.25s3 2.75 3 6.25" />
      <path d="M5.9 13.6 8 10.6l2.1 3z" />
    </>
  ),
  // A clock face: the time has passed.
  expired: (
    <>
      <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" d="M8 4.5V8l2.6 1.6" />
    </>
  ),
  // An empty, dashed ring: nothing held.
  none: <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2.4 1.8" />,
  // A warning triangle: it should pass on its own.
  temporary: <path fillRule="evenodd" d="M8 1.2 15.4 14.6H.6zM7.1 5.6h1.8v4.6H7.1zM7.1 11.3h1.8v1.8H7.1z" />,
  // A stop sign: only a person can fix it.
  'needs-you': <path fillRule="evenodd" d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1zM7.1 3.9h1.8v5.6H7.1zM7.1 10.7h1.8v1.9H7.1z" />,
};

export function StatusIcon({ state }: { readonly state: TokenState }) {
  return (
    <svg className="status-icon" data-icon={state} viewBox="0 0 16 16" width="14" height="14" fill="currentColor" aria-hidden="true" focusable="false">
      {SHAPES[state]}
    </svg>
  );
}
