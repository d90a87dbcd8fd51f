// The tray's notification after a copy: the profile's name first, how long the token is valid, and what went wrong if anything.
import { describe, expect, it } from 'vitest';
import { copyOutcomeText } from '../../../shared/copy-outcome-text';

const now = 1_700_000_000_000;

describe('copyOutcomeText', () => {
  it('starts with the profile, and says how long the token is valid and whether a new one was got first', () => {
    expect(copyOutcomeText('Staging HQ', { expiresAt: now + 3_540_000, renewed: true }, now)).toEqual({
      tone: 'status',
      title: '“Staging HQ”: token copied',
      detail: 'Valid for 59:00 (a new one, got just now).',
    });
    expect(copyOutcomeText('Staging HQ', { expiresAt: now + 3_540_000, renewed: false }, now).detail).toBe('Valid for 59:00.');
  });

  it('alerts when a new token could not be got and the current one was copied, with the reason said once under the name', () => {
    const text = copyOutcomeText('Staging HQ', { expiresAt: now + 90_000, renewed: false, renewalError: { message: '“Staging HQ”: Butlr did not answer within 15 s.' } }, now);
    expect(text).toEqual({
      tone: 'alert',
      title: '“Staging HQ”: copied the current token, which expires in 01:30',
      detail: 'A new token could not be got: Butlr did not answer within 15 s.',
    });
  });

  it('says so when the expiry is unknown', () => {
    expect(copyOutcomeText('X', { expiresAt: null, renewed: false }, now).detail).toBe('Valid for an unknown time.');
  });
});
