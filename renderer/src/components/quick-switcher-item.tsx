// One profile in the quick switcher: its name, the host of its base URL and live token status; a click copies it as Enter does.
import { useEffect, useRef } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { hostOf } from '../profile-principal';
import { useNow } from '../ticker';
import { describeToken } from '../token-view';
import { useExpiringSoonMs } from '../use-expiring-soon';
import { PinIcon } from './pin-icon';

interface QuickSwitcherItemProps {
  readonly id: string;
  readonly profile: ProfileView;
  readonly active: boolean;
  readonly onChoose: () => void;
  readonly onHover: () => void;
}

export function QuickSwitcherItem({ id, profile, active, onChoose, onHover }: QuickSwitcherItemProps) {
  const view = describeToken(profile, useNow(), useExpiringSoonMs());
  const itemRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) itemRef.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    // Options are chosen from the input (arrows, Enter); the pointer is a second way in.
    <li
      ref={itemRef}
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'quick-switcher-item quick-switcher-item-active' : 'quick-switcher-item'}
      data-testid="quick-switcher-item"
      data-profile-name={profile.name}
      onClick={onChoose}
      onMouseMove={onHover}
    >
      <span className="quick-switcher-name">
        {profile.pinned && (
          <span className="pin-mark">
            <PinIcon />
            <span className="visually-hidden">Pinned: </span>
          </span>
        )}
        {profile.name}
      </span>
      <span className="muted quick-switcher-host" title={`Base URL: ${profile.baseUrl}`}>
        {hostOf(profile.baseUrl)}
      </span>
      <span className={`badge badge-${view.tone}`} data-testid="token-status">
        {view.label}
      </span>
      <span className="countdown quick-switcher-countdown">{view.countdown}</span>
    </li>
  );
}
