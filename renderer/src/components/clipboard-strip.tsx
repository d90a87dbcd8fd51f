// The strip at the bottom of the window: "Clipboard clears in 52 s" with Clear now, for as long as main plans to clear a
// copied token. Main says so with clipboardChanged: every copy plans it (from this window, the tray or the quick
// switcher, which the window would not otherwise hear of), and a clear ends it (timed, Clear now, or a copy that never
// clears). Also the live region that says each copy and each Clear now to screen readers.
import { useEffect, useState } from 'react';
import { announce, useAnnouncement } from '../copy-feedback';
import { errorMessage } from '../ipc-client';
import { useClearClipboard } from '../queries';
import { useNow } from '../ticker';
import { showToast } from '../toast-store';

/** How long "Clipboard cleared." stays after Clear now. */
const NOTE_MS = 4000;

interface Plan {
  readonly clearsAt: number;
  /** The seconds left when the plan arrived: the shared ticker's time may be up to a tick old, so never show more. */
  readonly atMostSeconds: number;
}

function ClipboardIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" d="M5.5 2.5h-2v12h9v-12h-2M5.5 1.5h5v2.5h-5z" />
    </svg>
  );
}

function useClipboardPlan(): Plan | null {
  const [plan, setPlan] = useState<Plan | null>(null);
  useEffect(
    () =>
      window.butlr.onClipboardChanged(({ clearsAt }) =>
        setPlan(clearsAt === null ? null : { clearsAt, atMostSeconds: Math.max(0, Math.ceil((clearsAt - Date.now()) / 1000)) }),
      ),
    [],
  );
  return plan;
}

export function ClipboardStrip() {
  const plan = useClipboardPlan();
  const [note, setNote] = useState<string | null>(null);
  const now = useNow(plan !== null);
  const { announcement, serial } = useAnnouncement();
  const clear = useClearClipboard();
  const seconds = plan === null ? 0 : Math.min(plan.atMostSeconds, Math.ceil((plan.clearsAt - now) / 1000));
  const counting = plan !== null && seconds > 0;

  useEffect(() => {
    if (note === null) return;
    const timer = setTimeout(() => setNote(null), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);

  const clearNow = (): void =>
    clear.mutate(undefined, {
      onSuccess: ({ cleared }) => {
        const said = cleared ? 'Clipboard cleared.' : 'The clipboard holds something else now, so it was left as it is.';
        setNote(said);
        announce(said);
      },
      onError: (error) => showToast('alert', errorMessage(error)),
    });

  const shown = counting ? null : note;
  return (
    <section className={counting || shown ? 'status-strip' : 'status-strip status-strip-empty'} aria-label="Clipboard">
      {/* Always there, so screen readers hear what arrives in it; keyed so the same sentence twice is said twice. */}
      <p className="visually-hidden" role="status">
        <span key={serial}>{announcement}</span>
      </p>
      {counting && (
        <>
          <p className="status-strip-text" data-testid="clipboard-countdown">
            <ClipboardIcon />
            Clipboard clears in {seconds} s
          </p>
          <button type="button" className="button button-small" disabled={clear.isPending} aria-busy={clear.isPending} onClick={clearNow}>
            Clear now
          </button>
        </>
      )}
      {shown && (
        <p className="status-strip-text" data-testid="clipboard-note">
          <ClipboardIcon />
          {shown}
        </p>
      )}
    </section>
  );
}
