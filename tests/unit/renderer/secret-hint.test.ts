// The line under an edit form's secret field, and the lines around it: they say what the saved secret's state and the
// typed changes mean for what to type, never ask to re-enter a secret that is only waiting for the keyring, never say
// "leave empty" when that would lose it, and speak of "the saved one" only when there is one.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../shared/profile';
import { formIntro, formTitle, secretHint, testWaitingText } from '../../../renderer/src/profile-form-words';
import { formPurposeOf } from '../../../renderer/src/profile-form';
import { sampleProfileView } from '../../fixtures/profile-view';

const profile = (secret: ProfileView['secret'], secretReference?: ProfileView['secretReference']): ProfileView =>
  sampleProfileView({ secret, ...(secretReference ? { secretReference } : {}) });

const passwordProfile = (secret: ProfileView['secret']): ProfileView =>
  ({ ...sampleProfileView({ secret }), kind: 'password', username: 'me@example.com', clientId: undefined, audience: undefined }) as unknown as ProfileView;

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

  it.each(['base URL', 'audience'])('asks for the secret, never to leave it empty, once a changed %s would clear the saved one', (clearedBy) => {
    const hint = secretHint(profile('set'), { purpose: 'edit', clearedBy });
    expect(hint).toBe(`Enter the secret again: the saved one was for the old ${clearedBy}.`);
    expect(hint).not.toMatch(/leave empty/i);
  });

  it('does not offer to keep a secret Butlr rejected, nor repeat why it is asked for, when the person came to update or enter it', () => {
    expect(secretHint(profile('set'), { purpose: 'update', clearedBy: null })).toBe('What you type here is encrypted on this computer and never shown again.');
    expect(secretHint(profile('missing'), { purpose: 'enter', clearedBy: null })).toBe('What you type here is encrypted on this computer and never shown again.');
  });

  it('says password for a password profile', () => {
    expect(secretHint(passwordProfile('set'))).toBe('Leave empty to keep the saved password.');
  });
});

describe('the lines around the secret on an edit', () => {
  it.each(['missing', 'unreadable', 'server_changed'] as const)('speak of no saved secret when it is %s', (state) => {
    const saved = profile(state);
    expect(formIntro(saved.kind, saved, 'edit')).not.toMatch(/saved secrets|type one only/i);
    expect(testWaitingText(saved, saved.kind, null)).toBe('Type the client secret to test.');
  });

  it.each(['set', 'waiting'] as const)('speak of the saved secret when it is %s', (state) => {
    const saved = profile(state);
    expect(formIntro(saved.kind, saved, 'edit')).toBe('Saved secrets are never shown again; type one only to replace it.');
    expect(testWaitingText(saved, saved.kind, null)).toBe('Type the client secret to test: the saved one never leaves the app’s background process.');
  });

  it('do not speak of a saved secret a changed base URL is about to clear', () => {
    const saved = profile('set');
    expect(testWaitingText(saved, saved.kind, 'baseUrl')).toBe('Type the client secret to test.');
    expect(formIntro(saved.kind, saved, 'edit', 'baseUrl')).toBe('The secret is encrypted on this computer and never shown again.');
  });
});

describe('the form opened from the row’s secret action', () => {
  it.each([
    ['set', 'update', 'Update secret', 'Butlr rejected the saved client secret: enter the new one to get tokens again.'],
    ['missing', 'enter', 'Enter secret', 'No client secret is saved for this profile: enter it to get tokens.'],
    ['unreadable', 'enter', 'Enter secret', 'The saved client secret cannot be decrypted on this computer: enter it again to get tokens.'],
    ['server_changed', 'enter', 'Enter secret', 'The base URL or sign-in changed outside the app, so the saved client secret cannot be used: enter it again.'],
  ] as const)('for a secret that is %s, is “%s”, titled %s, and says why', (state, purpose, title, intro) => {
    const saved = profile(state);
    expect(formPurposeOf(saved, true)).toBe(purpose);
    expect(formTitle(saved, purpose)).toBe(title);
    expect(formIntro(saved.kind, saved, purpose)).toBe(intro);
  });

  it('is “Update password” for a password Butlr rejected', () => {
    const saved = passwordProfile('set');
    expect(formTitle(saved, formPurposeOf(saved, true))).toBe('Update password');
  });

  it('is an edit when opened otherwise, or to confirm a secret reference', () => {
    expect(formPurposeOf(profile('set'), false)).toBe('edit');
    expect(formPurposeOf(undefined, false)).toBe('new');
    const reference = profile('missing', { preset: 'bitwarden', executable: '/usr/local/bin/bws', secretId: '2d0ca4a2-5f5e-4a0b-9d4c-0123456789ab' });
    expect(formPurposeOf(reference, true)).toBe('edit');
    expect(formTitle(reference, 'edit')).toBe('Edit profile');
  });
});

describe('the new-profile form’s intro', () => {
  it('speaks of the chosen kind', () => {
    expect(formIntro('client_credentials', undefined, 'new')).toBe('Paste the details of a Butlr API token. The secret is encrypted on this computer and never shown again.');
    expect(formIntro('password', undefined, 'new')).toBe('Enter the username and password you sign in to Butlr with. The password is encrypted on this computer and never shown again.');
    expect(formIntro('password', undefined, 'new')).not.toMatch(/API token/);
  });
});
