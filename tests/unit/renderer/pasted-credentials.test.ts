// What a paste into the profile form's client ID or secret does: fills the fields .env lines or a pair name, or cleans a secret.
import { describe, expect, it } from 'vitest';
import { emptyProfileForm, type ProfileFormValues } from '../../../renderer/src/profile-form';
import { readPaste } from '../../../renderer/src/pasted-credentials';

const form = (changes: Partial<ProfileFormValues> = {}): ProfileFormValues => ({ ...emptyProfileForm, ...changes });
const password = form({ kind: 'password' });

describe('a pasted secret', () => {
  it.each([
    ['  s3cr3t-value \n', 'spaces and line break'],
    ['s3cr3t-value\r\n', 'line break'],
    ['"s3cr3t-value"', 'quotes'],
    [" 's3cr3t-value'\n", 'spaces, line break and quotes'],
    ['`s3cr3t-value`', 'quotes'],
  ])('%j is cleaned, saying what was removed', (text, removed) => {
    expect(readPaste(text, 'clientSecret', form())).toEqual({ kind: 'clean', text: 's3cr3t-value', note: `Removed the ${removed} around the pasted client secret.` });
  });

  it('is left to the browser when there is nothing around it, or nothing inside', () => {
    expect(readPaste('s3cr3t-value', 'clientSecret', form())).toBeNull();
    expect(readPaste('abc==', 'clientSecret', form())).toBeNull();
    expect(readPaste('  \n', 'clientSecret', form())).toBeNull();
    expect(readPaste('""', 'clientSecret', form())).toBeNull();
    // Quotes only on one side are part of the value.
    expect(readPaste('"s3cr3t', 'clientSecret', form())).toBeNull();
  });

  it('cleans a pasted client ID the same way', () => {
    expect(readPaste(' demo-client\n', 'clientId', form())).toMatchObject({ kind: 'clean', text: 'demo-client', note: 'Removed the spaces and line break around the pasted client ID.' });
  });

  it('leaves a password, a name or notes exactly as pasted: a person chose them', () => {
    expect(readPaste(' "my pass" ', 'password', password)).toBeNull();
    expect(readPaste('BUTLR_CLIENT_ID=a\nBUTLR_CLIENT_SECRET=b', 'password', password)).toBeNull();
    expect(readPaste('a:b', 'username', password)).toBeNull();
    expect(readPaste(' Production ', 'name', form())).toBeNull();
    expect(readPaste('BUTLR_CLIENT_ID=a', 'notes', form())).toBeNull();
  });
});

describe('pasted .env lines', () => {
  const block = ['# Butlr API token', 'export BUTLR_CLIENT_ID=demo-client', 'BUTLR_CLIENT_SECRET="s3cr3t=="', 'BUTLR_BASE_URL=https://eu.api.butlr.io', 'OTHER=1', 'not a line'].join('\n');

  it('fill in the fields they name, into the client ID or the secret alike, saying which', () => {
    const expected = {
      kind: 'fill',
      values: { clientId: 'demo-client', clientSecret: 's3cr3t==', baseUrl: 'https://eu.api.butlr.io' },
      note: 'Filled in the client ID, client secret and base URL from the pasted .env lines.',
    };
    expect(readPaste(block, 'clientSecret', form())).toEqual(expected);
    expect(readPaste(block, 'clientId', form({ clientId: 'typed-before' }))).toEqual(expected);
  });

  it('fill in one field from one line', () => {
    expect(readPaste('BUTLR_CLIENT_SECRET=s3cr3t\n', 'clientSecret', form())).toEqual({
      kind: 'fill',
      values: { clientSecret: 's3cr3t' },
      note: 'Filled in the client secret from the pasted .env line.',
    });
  });

  it('take the audience too, and the last of a repeated variable', () => {
    const reading = readPaste('BUTLR_CLIENT_ID=a\nBUTLR_AUDIENCE=https://other/\nBUTLR_CLIENT_ID=b', 'clientId', form());
    expect(reading).toMatchObject({ kind: 'fill', values: { clientId: 'b', audience: 'https://other/' }, note: 'Filled in the client ID and audience from the pasted .env lines.' });
  });

  it('are an ordinary paste when they name nothing the form has', () => {
    expect(readPaste('BUTLR_SECRET=x\nOTHER=y', 'clientSecret', form())).toBeNull();
  });
});

describe('a pasted client_id:secret pair', () => {
  it('fills in both fields', () => {
    const expected = { kind: 'fill', values: { clientId: 'demo-client', clientSecret: 'Zx9_s3cr3t-value' }, note: 'Filled in the client ID and client secret from the pasted client_id:secret pair.' };
    expect(readPaste('demo-client:Zx9_s3cr3t-value\n', 'clientSecret', form())).toEqual(expected);
    expect(readPaste('demo-client:Zx9_s3cr3t-value', 'clientId', form({ clientId: 'demo-client' }))).toEqual(expected);
  });

  it('is taken for a secret with a colon when another client ID is already typed', () => {
    expect(readPaste('abc:def', 'clientSecret', form({ clientId: 'demo-client' }))).toBeNull();
  });

  it('is never a URL or a value with spaces', () => {
    expect(readPaste('https://eu.api.butlr.io', 'clientSecret', form())).toBeNull();
    expect(readPaste('demo client:secret', 'clientSecret', form())).toBeNull();
    expect(readPaste('a:b:c', 'clientSecret', form())).toBeNull();
  });
});
