// The quick switcher: a compact palette in its own window; type to find a profile, Enter copies its token and hides the window.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchesSearch, sortProfiles } from '../board-view';
import { errorMessage } from '../ipc-client';
import { profilesQuery, useHideQuickSwitcher, useMainEvents } from '../queries';
import { showToast } from '../toast-store';
import { useCopyProfileToken } from '../use-copy-profile-token';
import { QuickSwitcherItem } from './quick-switcher-item';
import { ToastRegion } from './toast-region';

export function QuickSwitcher() {
  useMainEvents();
  const { data: profiles, error } = useQuery(profilesQuery());
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hide = useHideQuickSwitcher();
  const { copy, isPending } = useCopyProfileToken();
  const matches = useMemo(() => sortProfiles((profiles ?? []).filter((profile) => matchesSearch(profile, query)), 'manual'), [profiles, query]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const chosen = matches[activeIndex];

  // The window is shown and hidden, not reopened: each time it comes back, typing goes straight to the search.
  useEffect(() => {
    const refocus = (): void => {
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('focus', refocus);
    return () => window.removeEventListener('focus', refocus);
  }, []);

  const putAway = (): void => hide.mutate(undefined, { onError: (hideError) => showToast('alert', errorMessage(hideError)) });

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
      copy(chosen, undefined, putAway);
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
        placeholder="Name, tag, host or client ID — Enter copies, Esc hides"
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
            onChoose={() => copy(profile, undefined, putAway)}
            onHover={() => setActive(index)}
          />
        ))}
      </ul>
      {profiles !== undefined && matches.length === 0 && (
        <p className="muted quick-switcher-empty" role="status">
          {profiles.length === 0 ? 'No profiles yet: add one in the main window.' : `No profile matches “${query}”.`}
        </p>
      )}
      <ToastRegion />
    </main>
  );
}
