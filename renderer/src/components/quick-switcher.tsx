// The quick switcher: a compact palette in its own window; type to find a profile, Enter copies its token, says
// "Copied ✓" for a moment, and hides the window.
import { aboutProfile } from '../../../shared/profile-message';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { matchesSearch, sortProfiles } from '../board-view';
import { errorMessage } from '../ipc-client';
import { profilesQuery, useCopyToken, useHideQuickSwitcher } from '../queries';
import { QuickSwitcherItem } from './quick-switcher-item';
import '../styles/quick-switcher.css';

/** Long enough to see the tick, short enough not to wait for it. */
const CONFIRMATION_MS = 650;

/**
 * What the switcher says, in its own window rather than in a toast: a toast would be drawn in a window that is hiding and
 * still be there next time. A confirmation hides the window after a moment; an alert stays until Esc. Both are forgotten
 * whenever the window hides or comes back.
 */
type Note = { readonly tone: 'status' | 'alert'; readonly text: string } | null;

export function QuickSwitcher() {
  const { data: profiles, error } = useQuery(profilesQuery());
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hide = useHideQuickSwitcher();
  const copyToken = useCopyToken();
  const isPending = copyToken.isPending;
  const [note, setNote] = useState<Note>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const matches = useMemo(() => sortProfiles((profiles ?? []).filter((profile) => matchesSearch(profile, query)), 'manual'), [profiles, query]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const chosen = matches[activeIndex];

  // The window is shown and hidden, not reopened: each time it comes back, typing goes straight to the search, and
  // nothing said last time is still on screen. Main hides it when it loses focus, so blur means it is going away.
  useEffect(() => {
    const forget = (): void => {
      window.clearTimeout(hideTimer.current);
      setNote(null);
    };
    const refocus = (): void => {
      forget();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('focus', refocus);
    window.addEventListener('blur', forget);
    document.addEventListener('visibilitychange', forget);
    return () => {
      window.removeEventListener('focus', refocus);
      window.removeEventListener('blur', forget);
      document.removeEventListener('visibilitychange', forget);
    };
  }, []);

  const putAway = (): void => {
    window.clearTimeout(hideTimer.current);
    setNote(null);
    hide.mutate(undefined, { onError: (hideError) => setNote({ tone: 'alert', text: errorMessage(hideError) }) });
  };

  const copy = (profile: ProfileView): void => {
    window.clearTimeout(hideTimer.current);
    setNote(null);
    copyToken.mutate(
      { id: profile.id },
      {
        onSuccess: ({ renewalError }) => {
          // Copied, but a new token could not be got: the person should read why before the window goes. The reason starts
          // with the profile's name already.
          if (renewalError) return setNote({ tone: 'alert', text: `${renewalError.message} The current token was copied instead.` });
          setNote({ tone: 'status', text: aboutProfile(profile.name, 'copied') });
          hideTimer.current = window.setTimeout(putAway, CONFIRMATION_MS);
        },
        onError: (error) => setNote({ tone: 'alert', text: errorMessage(error) }),
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const moves: Record<string, number | undefined> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1 };
    if (event.key === 'Escape') {
      event.preventDefault();
      putAway();
    } else if (moves[event.key] !== undefined && matches.length > 0) {
      event.preventDefault();
      setActive((moves[event.key]! + matches.length) % matches.length);
    } else if (event.key === 'Enter' && chosen && !isPending) {
      event.preventDefault();
      copy(chosen);
    }
  };

  return (
    <main className="quick-switcher">
      <label className="quick-switcher-label" htmlFor="quick-switcher-input">
        Find a profile
      </label>
      <input
        ref={inputRef}
        id="quick-switcher-input"
        className="quick-switcher-input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={chosen ? `${listId}-${chosen.id}` : undefined}
        aria-autocomplete="list"
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={query}
        placeholder="Name, tag, base URL or client ID — Enter copies, Esc hides"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {profiles === undefined && error && <p role="alert">{errorMessage(error)}</p>}
      <ul id={listId} role="listbox" aria-label="Profiles" className="quick-switcher-list">
        {matches.map((profile, index) => (
          <QuickSwitcherItem
            key={profile.id}
            id={`${listId}-${profile.id}`}
            profile={profile}
            active={index === activeIndex}
            onChoose={() => copy(profile)}
            onHover={() => setActive(index)}
          />
        ))}
      </ul>
      {profiles !== undefined && matches.length === 0 && (
        <p className="muted quick-switcher-empty" role="status">
          {profiles.length === 0 ? 'No profiles yet: add one in the main window.' : `No profile matches “${query}”.`}
        </p>
      )}
      {/* Always on the page, so screen readers hear what arrives in them. */}
      <div className="quick-switcher-notes">
        <p role="status" className={note?.tone === 'status' ? 'quick-switcher-note quick-switcher-copied' : 'visually-hidden'}>
          {note?.tone === 'status' && (
            <>
              {note.text}
              <span aria-hidden="true"> ✓</span>
            </>
          )}
        </p>
        <p role="alert" className={note?.tone === 'alert' ? 'quick-switcher-note quick-switcher-alert' : 'visually-hidden'}>
          {note?.tone === 'alert' && note.text}
        </p>
      </div>
    </main>
  );
}
