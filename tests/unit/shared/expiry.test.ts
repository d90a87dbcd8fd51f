import { describe, expect, it } from 'vitest';
import { computeExpiresAt, formatCountdown } from '../../../shared/expiry';

describe('computeExpiresAt', () => {
  it('counts expires_in from when the request was sent', () => {
    expect(computeExpiresAt(1_000_000, 3600, null)).toBe(1_000_000 + 3_600_000);
  });
});

describe('formatCountdown', () => {
  it('shows mm:ss under an hour', () => {
    expect(formatCountdown(59 * 60_000 + 1_000)).toBe('59:01');
  });
});
