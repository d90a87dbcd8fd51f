// Times as a person reads them: local date and time, and "3 min ago" relative to the shared ticker's now.
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'short' });

const STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** e.g. "30 Nov 2026, 15:07:36", in the computer's locale and time zone. */
export function formatLocalTime(ms: number): string {
  return absolute.format(ms);
}

/** "just now" under a minute, then "3 min ago", "2 hr ago", "yesterday"; future times read "in 5 min". */
export function formatRelativeTime(ms: number, now: number): string {
  const delta = ms - now;
  if (Math.abs(delta) < 60_000) return 'just now';
  for (const [unit, size] of STEPS) {
    if (Math.abs(delta) >= size) return relative.format(Math.trunc(delta / size), unit);
  }
  return 'just now';
}

/** The machine-readable form for a <time> element. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** The row's "last used 3 m ago": as short as the countdown beside it; "never used" when it never was. */
export function formatLastUsed(lastUsedAt: number | null, now: number): string {
  if (lastUsedAt === null) return 'never used';
  const minutes = Math.floor(Math.max(0, now - lastUsedAt) / 60_000);
  if (minutes < 1) return 'last used just now';
  if (minutes < 60) return `last used ${minutes} m ago`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `last used ${hours} h ago` : `last used ${Math.floor(hours / 24)} d ago`;
}

/** How long a token lives, in round words: "60 min", "24 h", "3 days"; "less than a minute" at the end. */
export function formatLifetime(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 90) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}
