// Which pinned profiles to remind about: their token expires soon and nothing will renew it (auto-refresh is off).
import type { ProfileView } from '../../../shared/profile';
import { aboutProfile } from '../../../shared/profile-message';

/** Remind this long before expiry. */
export const REMIND_BEFORE_MS = 2 * 60_000;

export interface ExpiryReminder {
  readonly profileId: string;
  readonly title: string;
  readonly body: string;
}

/**
 * Returns the reminders due now, once per token: `reminded` remembers "profileId@obtainedAt" across calls, so a
 * renewed token can be reminded about again.
 */
export function dueExpiryReminders(profiles: readonly ProfileView[], now: number, reminded: Set<string>): ExpiryReminder[] {
  const due: ExpiryReminder[] = [];
  for (const profile of profiles) {
    if (!profile.pinned || profile.autoRefresh || profile.token.state !== 'issued' || profile.token.expiresAt === null) continue;
    const msLeft = profile.token.expiresAt - now;
    const key = `${profile.id}@${profile.token.obtainedAt}`;
    if (msLeft <= 0 || msLeft > REMIND_BEFORE_MS || reminded.has(key)) continue;
    reminded.add(key);
    const minutes = Math.max(1, Math.ceil(msLeft / 60_000));
    due.push({ profileId: profile.id, title: aboutProfile(profile.name, `token expires in ${minutes} min`), body: 'Copy it again to get a new one, or turn on auto-refresh for this profile.' });
  }
  return due;
}
