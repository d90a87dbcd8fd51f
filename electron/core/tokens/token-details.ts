// Turns a held token into what the details panel shows: its JWT header and claims, never the token or its signature.
import type { TokenDetails } from '../../../shared/token-details';
import type { TokenLifetime } from '../../../shared/token-info';
import { decodeJwt } from './jwt-claims';

type ClaimValue = TokenDetails['claims'][string];

/** Claim values as the panel can show them: nested objects become their JSON text. */
function displayable(value: unknown): ClaimValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return JSON.stringify(value);
}

function displayableRecord(record: Record<string, unknown>): Record<string, ClaimValue> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, displayable(value)]));
}

export function describeToken(accessToken: string, lifetime: TokenLifetime): TokenDetails {
  const decoded = decodeJwt(accessToken);
  return {
    isJwt: decoded !== null,
    header: decoded ? displayableRecord(decoded.header) : {},
    claims: decoded ? displayableRecord(decoded.claims) : {},
    obtainedAt: lifetime.obtainedAt,
    expiresAt: lifetime.expiresAt,
  };
}
