// Where a row says a profile points: nothing for Butlr's own API, the host of the base URL for anything else.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL } from '../../../shared/profile';
import { DEFAULT_HOST, shortBaseUrl, shownHostOf } from '../../../renderer/src/profile-principal';

describe('shownHostOf', () => {
  it('hides Butlr’s default API, however its URL is written, and agrees with the form’s default', () => {
    expect(new URL(DEFAULT_BASE_URL).host).toBe(DEFAULT_HOST);
    for (const url of [DEFAULT_BASE_URL, 'https://api.butlr.io/', 'https://API.Butlr.io:443', 'https://api.butlr.io/v2']) expect(shownHostOf(url)).toBeNull();
  });

  it('shows any other host, with its port', () => {
    expect(shownHostOf('https://eu.butlr.io')).toBe('eu.butlr.io');
    expect(shownHostOf('http://127.0.0.1:4010')).toBe('127.0.0.1:4010');
    expect(shownHostOf('https://api.butlr.io.example.com')).toBe('api.butlr.io.example.com');
  });
});

describe('shortBaseUrl', () => {
  it('leaves out only the https:// nearly every base URL starts with', () => {
    expect(shortBaseUrl('https://eu.butlr.io/v2')).toBe('eu.butlr.io/v2');
    expect(shortBaseUrl('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
  });
});
