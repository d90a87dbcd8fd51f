// A copy toast's "cleared from the clipboard in 58 s", counting down on the shared ticker.
import { useState } from 'react';
import { useNow } from '../ticker';

export function ClipboardCountdown({ clearsAt }: { readonly clearsAt: number }) {
  const now = useNow();
  // Said once to screen readers (a live region re-reading every second would drown everything else); the eye sees it count.
  const [announced] = useState(() => Math.max(0, Math.ceil((clearsAt - Date.now()) / 1000)));
  // The ticker's time can be up to a tick old when the toast appears: never show more than there was at that moment.
  const seconds = Math.min(announced, Math.max(0, Math.ceil((clearsAt - now) / 1000)));
  return (
    <span className="clipboard-countdown" data-testid="clipboard-countdown">
      <span aria-hidden="true">{seconds > 0 ? ` Cleared from the clipboard in ${seconds} s.` : ' Cleared from the clipboard.'}</span>
      <span className="visually-hidden"> Cleared from the clipboard in {announced} s.</span>
    </span>
  );
}
