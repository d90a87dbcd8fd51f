// The line under an edit form's secret field: it says what the saved secret's state means for what to type, and never
// asks to re-enter a secret that is only waiting for the keyring.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../shared/profile';
import { secretHint } from '../../../renderer/src/components/credential-fields';
import { sampleProfileView } from '../../fixtures/profile-view';

const profile = (secret: ProfileView['secret'], secretReference?: ProfileView['secretReference']): ProfileView =>
  sampleProfileView({ secret, ...(secretReference ? { secretReference } : {}) });

describe('secretHint', () => {
  it('has nothing to say on a new profile', () => {
    expect(secretHint(undefined)).toBeUndefined();
  });

  it.each([
    ['set', 'Leave empty to keep the saved secret.'],
    ['missing', 'No secret is saved. Enter it to get tokens again.'],
    ['unreadable', 'The saved secret cannot be decrypted on this computer. Enter it again.'],
    // The same words as the row's problem line.
    ['server_changed', 'The base URL or sign-in changed outside the app; enter the secret again.'],
    ['waiting', 'The saved secret is kept while the system keyring is locked. Leave empty to keep it.'],
  ] as const)('for a secret that is %s, says: %s', (state, hint) => {
    expect(secretHint(profile(state))).toBe(hint);
  });
});
