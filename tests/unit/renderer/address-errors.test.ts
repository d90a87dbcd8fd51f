// Which failures the profile form answers by unfolding Advanced: those whose message says to check the base URL.
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../shared/app-error';
import { pointsAtAddress } from '../../../renderer/src/profile-form';

describe('pointsAtAddress', () => {
  it.each(['network', 'tls', 'redirected', 'invalid_response', 'http_error'] as const)('is true for %s', (code) => {
    expect(pointsAtAddress(code)).toBe(true);
  });

  it('is false for the rest, whose fix is not the base URL, and for an error with no code', () => {
    const others = errorCodes.filter((code) => !['network', 'tls', 'redirected', 'invalid_response', 'http_error'].includes(code));
    expect(others.filter(pointsAtAddress)).toEqual([]);
    expect(others).toContain('rejected_credentials');
    expect(others).toContain('timeout');
    expect(pointsAtAddress(undefined)).toBe(false);
  });
});
