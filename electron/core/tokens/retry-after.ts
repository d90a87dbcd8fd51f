// Reads an HTTP `Retry-After` header, in either of its two forms, as seconds from now.
const MAX_RETRY_AFTER_SECONDS = 24 * 3600;

/**
 * An HTTP date as RFC 9110 allows it (IMF-fixdate, RFC 850 or asctime): it starts with the day of the week. Date.parse alone
 * would take "1.5" or "-5" for dates too.
 */
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? +\S/;

/**
 * `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT` → seconds to wait (a date already past: 0); null when
 * absent or not one of those two forms.
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER_SECONDS);
  if (!HTTP_DATE.test(text)) return null;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, Math.ceil((date - now) / 1000)), MAX_RETRY_AFTER_SECONDS);
}
