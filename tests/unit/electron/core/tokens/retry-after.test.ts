// Reading `Retry-After`: delay-seconds or an HTTP date (RFC 9110 §10.2.3), and nothing else.
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../../../electron/core/tokens/retry-after';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120],
    [' 45 ', 45],
    ['0', 0],
  ])('reads delay-seconds %j', (header, seconds) => {
    expect(parseRetryAfter(header, NOW)).toBe(seconds);
  });

  it('caps a delay at a day', () => {
    expect(parseRetryAfter('99999999999999999999', NOW)).toBe(24 * 3600);
  });

  it.each([
    ['IMF-fixdate', 'Thu, 15 Jan 2026 09:01:30 GMT', 90],
    ['RFC 850', 'Thursday, 15-Jan-26 09:02:00 GMT', 120],
    ['asctime', 'Thu Jan 15 09:00:10 2026', 10],
    ['a date already past', 'Thu, 15 Jan 2026 08:59:00 GMT', 0],
  ])('reads an HTTP date in %s form', (_form, header, seconds) => {
    expect(parseRetryAfter(header, NOW)).toBe(seconds);
  });

  it.each([null, '', 'soon', '-5', '1.5', '12s', '2026-01-15T09:01:30Z', 'tomorrow 9:00'])('ignores %j', (header) => {
    expect(parseRetryAfter(header, NOW)).toBeNull();
  });
});
