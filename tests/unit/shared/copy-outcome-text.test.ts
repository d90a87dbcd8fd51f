// One wording for a copy's outcome, used by the window's toast and the tray's notification.
import { describe, expect, it } from 'vitest';
import { copyOutcomeSentence, copyOutcomeText } from '../../../shared/copy-outcome-text';

const now = 1_700_000_000_000;

describe('copyOutcomeText', () => {
  it('says which profile, how long the token is valid, and whether a fresh one was fetched', () => {
    const text = copyOutcomeText('Staging HQ', { expiresAt: now + 3_540_000, renewed: true }, now);
    expect(text).toEqual({ tone: 'status', title: 'Copied the token for “Staging HQ”', detail: 'Valid for 59:00 (fetched a fresh one).' });
    expect(copyOutcomeSentence(text)).toBe('Copied the token for “Staging HQ”. Valid for 59:00 (fetched a fresh one).');
  });

  it('alerts when renewal failed and the older token was copied, with the reason', () => {
    const text = copyOutcomeText('Staging HQ', { expiresAt: now + 90_000, renewed: false, renewalError: { message: 'Butlr did not answer.' } }, now);
    expect(text.tone).toBe('alert');
    expect(text.title).toContain('Renewal failed');
    expect(text.detail).toBe('It expires in 01:30. Butlr did not answer.');
  });

  it('says so when the expiry is unknown', () => {
    expect(copyOutcomeText('X', { expiresAt: null, renewed: false }, now).detail).toBe('Valid for an unknown time.');
  });
});
