// What the tray (menu-bar) menu shows: each profile with its status and time left, then the app's own entries.
import { formatCountdown, formatExpiredAgo, tokenStatus } from '../../../shared/expiry';
import type { ProfileView } from '../../../shared/profile';

export type TrayMenuItem =
  | { readonly kind: 'profile'; readonly profileId: string; readonly label: string; readonly enabled: boolean }
  | { readonly kind: 'separator' }
  | { readonly kind: 'action'; readonly action: 'open' | 'switcher' | 'quit'; readonly label: string };

export interface TrayMenuModel {
  readonly tooltip: string;
  readonly items: readonly TrayMenuItem[];
}

/** Long menus are unusable; the quick switcher is the way to the rest. */
export const TRAY_PROFILE_LIMIT = 20;

const SECRET_PROBLEMS: Readonly<Record<Exclude<ProfileView['secret'], 'set'>, string>> = {
  missing: 'needs secret',
  unreadable: 'secret unreadable',
  server_changed: 'changed outside the app, re-enter secret',
  waiting: 'waiting for the system keyring',
};

/** "Staging HQ — valid, 42:10", "Production — expired 3 m ago", "Lab — needs secret", "Team — confirm secret reference". */
export function trayLabel(profile: ProfileView, now: number, expiringSoonMs: number): string {
  if (profile.damage) return `${profile.name} — damaged, edit it`;
  // As the row's badge: a reference to confirm (never confirmed here, changed outside the app, or its confirmation
  // unreadable) is not a secret to enter.
  if (profile.secretReference && (profile.secret === 'missing' || profile.secret === 'unreadable')) return `${profile.name} — confirm secret reference`;
  if (profile.secretReference && profile.secret === 'server_changed') return `${profile.name} — changed outside the app, confirm reference`;
  if (profile.secret !== 'set') return `${profile.name} — ${SECRET_PROBLEMS[profile.secret]}`;
  const status = tokenStatus(profile.token, now, expiringSoonMs);
  switch (status.kind) {
    case 'none':
      return `${profile.name} — no token yet`;
    case 'unknown':
      return `${profile.name} — valid, expiry unknown`;
    case 'valid':
      return `${profile.name} — valid, ${formatCountdown(status.msLeft)}`;
    case 'expiring':
      return `${profile.name} — expiring, ${formatCountdown(status.msLeft)}`;
    case 'expired':
      return `${profile.name} — ${formatExpiredAgo(status.msAgo)}`;
    case 'failed':
      return `${profile.name} — failed${status.msLeft === null ? '' : `, old token ${formatCountdown(status.msLeft)}`}`;
  }
}

/** Pinned profiles first, then the list order; choosing one copies its token with the same guarantees as the board. */
export function buildTrayMenuModel(profiles: readonly ProfileView[], now: number, expiringSoonMs: number): TrayMenuModel {
  const ordered = [...profiles.filter((profile) => profile.pinned), ...profiles.filter((profile) => !profile.pinned)];
  const shown = ordered.slice(0, TRAY_PROFILE_LIMIT);
  const profileItems: TrayMenuItem[] = shown.map((profile) => ({
    kind: 'profile',
    profileId: profile.id,
    label: trayLabel(profile, now, expiringSoonMs),
    enabled: profile.secret === 'set' && profile.damage === null,
  }));
  const more = ordered.length - shown.length;
  const items: TrayMenuItem[] = [
    ...(profileItems.length > 0 ? profileItems : [{ kind: 'action', action: 'open', label: 'No profiles yet — open the app to add one' } as const]),
    ...(more > 0 ? [{ kind: 'action', action: 'switcher', label: `${more} more… (quick switcher)` } as const] : []),
    { kind: 'separator' },
    { kind: 'action', action: 'open', label: 'Open Butlr Credentials' },
    { kind: 'action', action: 'switcher', label: 'Quick switcher' },
    { kind: 'separator' },
    { kind: 'action', action: 'quit', label: 'Quit' },
  ];
  const valid = profiles.filter((profile) => ['valid', 'expiring', 'unknown'].includes(tokenStatus(profile.token, now, expiringSoonMs).kind)).length;
  return { tooltip: `Butlr Credentials — ${valid} of ${profiles.length} tokens valid`, items };
}
