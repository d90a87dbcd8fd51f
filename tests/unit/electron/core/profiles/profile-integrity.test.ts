// A stored profile is held to the form's base URL rules each time it is loaded: what fails them is damaged, never used.
import { describe, expect, it } from 'vitest';
import { storedProfileDamage } from '../../../../../electron/core/profiles/profile-integrity';
import type { StoredProfile } from '../../../../../electron/core/profiles/profiles-file';
import { storedProfileMetadata } from '../stored-profile-metadata';

const stored = (baseUrl: string): StoredProfile => ({
  kind: 'client_credentials',
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Production',
  baseUrl,
  clientId: 'demo-client',
  audience: 'https://butlrauth/',
  ...storedProfileMetadata(),
  encryptedSecret: null,
});

describe('storedProfileDamage', () => {
  it.each(['https://api.butlr.io', 'https://eu.api.butlr.io/tenant', 'http://127.0.0.1:4010', 'http://localhost:8080'])('accepts %s, as the form saves it', (baseUrl) => {
    expect(storedProfileDamage(stored(baseUrl))).toBeNull();
  });

  it.each([
    ['plain http to another host', 'http://collector.example', /Use an https:\/\/ address/],
    ['not a URL', 'collector', /That is not a URL/],
    ['credentials in the URL', 'https://user:pass@api.butlr.io', /Leave credentials, query and fragment out/],
    ['a query', 'https://api.butlr.io?x=1', /Leave credentials, query and fragment out/],
    ['an empty one', '', /Enter the API base URL/],
  ])('refuses %s with the form’s own reason', (_what, baseUrl, reason) => {
    const damage = storedProfileDamage(stored(baseUrl));
    expect(damage).toMatchObject({ code: 'profile_damaged', field: 'baseUrl' });
    expect(damage?.message).toMatch(/^The base URL in profiles\.json was changed outside the app, so this profile is not used\. /);
    expect(damage?.message).toMatch(reason);
    expect(damage?.message).toMatch(/Edit the profile to correct it\.$/);
  });

  it('refuses a URL the rules allow but the app would have saved differently, saying how it should read', () => {
    expect(storedProfileDamage(stored('https://API.butlr.io/'))?.message).toContain('It should read https://api.butlr.io.');
  });
});
