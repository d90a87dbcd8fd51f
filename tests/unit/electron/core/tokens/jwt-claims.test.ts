import { describe, expect, it } from 'vitest';
import { readJwtExpiry } from '../../../../../electron/core/tokens/jwt-claims';

const part = (value: unknown): string => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const jwt = (claims: unknown): string => `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;

describe('readJwtExpiry', () => {
  it('reads a numeric exp claim', () => {
    expect(readJwtExpiry(jwt({ sub: 'demo-client@clients', exp: 1_750_003_600 }))).toBe(1_750_003_600);
  });

  it.each([
    ['an opaque token', 'opaque-access-token'],
    ['a token with two parts', `${part({ alg: 'none' })}.${part({ exp: 1 })}`],
    ['a token with four parts', `${jwt({ exp: 1 })}.extra`],
    ['an empty payload', `${part({ alg: 'none' })}..sig`],
    ['a payload that is not JSON', `${part({ alg: 'none' })}.${part('not json')}.sig`],
    ['a payload that is JSON null', jwt(null)],
    ['no exp claim', jwt({ sub: 'x' })],
    ['an exp given as text', jwt({ exp: '1750003600' })],
  ])('returns null for %s', (_label, token) => {
    expect(readJwtExpiry(token)).toBeNull();
  });
});
