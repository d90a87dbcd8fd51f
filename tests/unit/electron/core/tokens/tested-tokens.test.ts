import { describe, expect, it } from 'vitest';
import { createTestedTokens, MAX_TESTED_TOKENS, TESTED_TOKEN_TTL_MS } from '../../../../../electron/core/tokens/tested-tokens';
import type { TokenGrant } from '../../../../../electron/core/tokens/token-client';
import type { StoredToken } from '../../../../../electron/core/tokens/token-repository';
import { testedTokenSchema } from '../../../../../shared/profile';

const START = 1_700_000_000_000;
const HOUR = 60 * 60_000;

const grant: TokenGrant = {
  kind: 'client_credentials',
  baseUrl: 'https://api.butlr.io',
  clientId: 'demo-client',
  clientSecret: 'demo-secret',
  audience: 'https://butlrauth/',
};
const token: StoredToken = { encryptedAccessToken: 'sealed', obtainedAt: START, expiresAt: START + HOUR };

function store(options: { ttlMs?: number; maxKept?: number } = {}) {
  let clock = START;
  const tested = createTestedTokens({ now: () => clock, ...options });
  return { tested, advance: (ms: number) => void (clock += ms) };
}

describe('tested tokens', () => {
  it('hands a kept token back once, for exactly the credentials it was fetched with', () => {
    const { tested } = store();
    const handle = tested.keep(grant, token);
    expect(tested.claim(handle, { ...grant })).toBe(token);
    expect(tested.claim(handle, grant)).toBeNull();
  });

  it('names each token with a fresh 43-character base64url handle the contract accepts', () => {
    const { tested } = store();
    const handles = Array.from({ length: 5 }, () => tested.keep(grant, token));
    expect(new Set(handles).size).toBe(5);
    for (const handle of handles) {
      expect(handle).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(testedTokenSchema.safeParse(handle).success).toBe(true);
    }
  });

  it.each<[string, TokenGrant]>([
    ['another secret', { ...grant, clientSecret: 'demo-secret ' }],
    ['another client ID', { ...grant, clientId: 'other-client' }],
    ['another base URL', { ...grant, baseUrl: 'https://eu.api.butlr.io' }],
    ['another audience', { ...grant, audience: 'https://other/' }],
    ['another kind', { kind: 'password', baseUrl: grant.baseUrl, username: 'demo-client', password: 'demo-secret' }],
  ])('ignores a claim with %s, and the handle is spent by it', (_label, other) => {
    const { tested } = store();
    const handle = tested.keep(grant, token);
    expect(tested.claim(handle, other)).toBeNull();
    expect(tested.claim(handle, grant)).toBeNull();
  });

  it('keeps a token only for a short while', () => {
    const { tested, advance } = store();
    const early = tested.keep(grant, token);
    const late = tested.keep(grant, token);
    advance(TESTED_TOKEN_TTL_MS - 1);
    expect(tested.claim(early, grant)).toBe(token);
    advance(1);
    expect(tested.claim(late, grant)).toBeNull();
  });

  it('ignores a token that has expired meanwhile', () => {
    const { tested, advance } = store({ ttlMs: 2 * HOUR });
    const handle = tested.keep(grant, token);
    advance(HOUR);
    expect(tested.claim(handle, grant)).toBeNull();
  });

  it('keeps a token of unknown expiry like any other', () => {
    const { tested } = store();
    const unknown = { ...token, expiresAt: null };
    expect(tested.claim(tested.keep(grant, unknown), grant)).toBe(unknown);
  });

  it('ignores a handle it never gave out', () => {
    const { tested } = store();
    tested.keep(grant, token);
    expect(tested.claim('A'.repeat(43), grant)).toBeNull();
  });

  it(`holds at most ${MAX_TESTED_TOKENS}, pushing out the oldest`, () => {
    const { tested } = store();
    const handles = Array.from({ length: MAX_TESTED_TOKENS + 1 }, () => tested.keep(grant, token));
    expect(tested.claim(handles[0]!, grant)).toBeNull();
    for (const handle of handles.slice(1)) expect(tested.claim(handle, grant)).toBe(token);
  });
});
