// The external-link allow-list: Butlr's https hosts open in the browser, every look-alike and other scheme does not.
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../../electron/shell/external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://butlr.io/',
    'https://app.butlr.io/dashboard?tab=sensors#top',
    'https://docs.butlr.io/api/v2/clients/login',
    'https://DOCS.Butlr.IO/guide',
    'https://butlr.io:443/pricing',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://butlr.io/'],
    ['another Butlr subdomain', 'https://api.butlr.io/'],
    ['a look-alike suffix', 'https://evilbutlr.io/'],
    ['the host as a subdomain of another', 'https://butlr.io.evil.example/'],
    ['a trailing-dot host', 'https://butlr.io./'],
    ['credentials before the host', 'https://butlr.io@evil.example/'],
    ['credentials on an allowed host', 'https://user:pass@docs.butlr.io/'],
    ['a non-default port', 'https://docs.butlr.io:8443/'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb:', 'smb://butlr.io/share'],
    ['our own app protocol', 'app://butlr/index.html'],
    ['not a URL', 'docs.butlr.io'],
    ['an empty string', ''],
  ])('denies %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
