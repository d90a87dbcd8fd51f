// The selected profile's details: notes, token state and times, auto-refresh, scripts' access, decoded claims and activity. Esc or Close puts it away.
import { useEffect, useRef } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { DETAILS_PANEL_ID } from '../element-ids';
import { ActivitySection } from './activity-section';
import { AutoRefreshSwitch } from './auto-refresh-switch';
import { ScriptAccessSection } from './script-access-section';
import { TokenClaims } from './token-claims';
import { TokenSummary } from './token-summary';

interface DetailsPanelProps {
  readonly profile: ProfileView;
  /** On a narrow window the panel covers the list rather than sitting beside it. */
  readonly overlay: boolean;
  readonly onClose: () => void;
}

export function DetailsPanel({ profile, overlay, onClose }: DetailsPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each newly selected profile brings the reader to the top of its details.
  useEffect(() => headingRef.current?.focus(), [profile.id]);

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent): void => {
      // A modal dialog or an in-row question handles its own Esc first.
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      onClose();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);

  return (
    <aside id={DETAILS_PANEL_ID} className={overlay ? 'details-panel details-panel-overlay' : 'details-panel'} aria-labelledby="details-title" data-testid="details-panel">
      <header className="details-header">
        <div className="details-heading">
          <h2 id="details-title" ref={headingRef} tabIndex={-1}>
            {profile.name}
          </h2>
          <p className="muted details-base-url">
            <span className="visually-hidden">Base URL: </span>
            {profile.baseUrl}
          </p>
        </div>
        <button type="button" className="button button-quiet-neutral" onClick={onClose}>
          Close<span className="visually-hidden"> details</span>
        </button>
      </header>
      {profile.notes && (
        <section className="details-section" aria-labelledby="details-notes-title">
          <h3 id="details-notes-title" className="details-section-title">
            Notes
          </h3>
          <p className="details-notes">{profile.notes}</p>
        </section>
      )}
      <TokenSummary profile={profile} />
      <AutoRefreshSwitch profile={profile} />
      <ScriptAccessSection profile={profile} />
      <TokenClaims profileId={profile.id} />
      <ActivitySection profile={profile} />
    </aside>
  );
}
