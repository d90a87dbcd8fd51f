// The form opened from a row's "Enter secret" or "Update secret" refuses to save with the secret left empty: that save
// would change nothing the person came for and close without a word. An ordinary edit still keeps the saved secret.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../shared/profile';
import { formValuesOf } from '../../../renderer/src/profile-form';
import { validateProfileForm } from '../../../renderer/src/profile-form-verdict';
import { sampleProfileView } from '../../fixtures/profile-view';

const saved = sampleProfileView({ secret: 'set' });
const password = { ...sampleProfileView({ secret: 'missing' }), kind: 'password', username: 'me@example.com', clientId: undefined, audience: undefined } as unknown as ProfileView;

describe('an empty secret on an edit', () => {
  it('keeps the saved secret on an ordinary edit', () => {
    expect(validateProfileForm(formValuesOf(saved), saved, 'edit')).toMatchObject({ ok: true, save: { type: 'update', changes: {} } });
  });

  it('is refused when the form was opened to update the secret', () => {
    expect(validateProfileForm(formValuesOf(saved), saved, 'update')).toEqual({ ok: false, errors: { clientSecret: 'Enter the new client secret.' } });
  });

  it('is refused when the form was opened to enter the secret, in the kind’s words', () => {
    const missing = sampleProfileView({ secret: 'missing' });
    expect(validateProfileForm(formValuesOf(missing), missing, 'enter')).toEqual({ ok: false, errors: { clientSecret: 'Enter the client secret.' } });
    expect(validateProfileForm(formValuesOf(password), password, 'enter')).toEqual({ ok: false, errors: { password: 'Enter the password.' } });
  });

  it('shows beside the other fields’ problems', () => {
    const verdict = validateProfileForm({ ...formValuesOf(saved), name: '' }, saved, 'update');
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(Object.keys(verdict.errors).sort()).toEqual(['clientSecret', 'name']);
  });

  it('saves once the secret is typed', () => {
    expect(validateProfileForm({ ...formValuesOf(saved), clientSecret: 'new-secret' }, saved, 'update')).toMatchObject({ ok: true, save: { changes: { secret: 'new-secret' } } });
  });
});
