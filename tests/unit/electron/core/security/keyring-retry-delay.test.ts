import { describe, expect, it } from 'vitest';
import { KEYRING_RETRY_CAP_MS, keyringRetryDelayMs } from '../../../../../electron/core/security/keyring-wait';

describe('keyringRetryDelayMs', () => {
  it('doubles from 2 s and stops at 1 min', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((attempt) => keyringRetryDelayMs(attempt, 0.5))).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('spreads each step by ±20%', () => {
    expect(keyringRetryDelayMs(1, 0)).toBe(1_600);
    expect(keyringRetryDelayMs(1, 1)).toBe(2_400);
    expect(keyringRetryDelayMs(20, 1)).toBe(KEYRING_RETRY_CAP_MS * 1.2);
  });
});
