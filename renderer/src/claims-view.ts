// Turns a token's decoded header and claims into labelled rows: the well-known ones first, epoch-second times as dates.
import type { TokenDetails } from '../../shared/token-details';
import { formatLocalTime } from './time-format';

type ClaimValue = TokenDetails['claims'][string];

export interface ClaimRow {
  /** The claim's name as it appears in the token, e.g. `sub` or `https://butlr.io/org_id`. */
  readonly key: string;
  /** A person's name for it, when there is one better than the key. */
  readonly label: string | null;
  readonly value: string;
  /** For time claims: the raw epoch seconds, shown beside the date so both can be checked. */
  readonly raw: string | null;
}

const HEADER_LABELS: Readonly<Record<string, string>> = { alg: 'Algorithm', typ: 'Type', kid: 'Key ID' };
const CLAIM_LABELS: Readonly<Record<string, string>> = {
  iss: 'Issuer',
  sub: 'Subject',
  aud: 'Audience',
  scope: 'Scope',
  iat: 'Issued at',
  exp: 'Expires',
  nbf: 'Not before',
  auth_time: 'Signed in at',
  azp: 'Authorised party',
  jti: 'Token ID',
  'https://butlr.io/org_id': 'Butlr organisation',
};
/** Claims that RFC 7519 and OpenID define as seconds since the epoch. */
const EPOCH_SECOND_CLAIMS = new Set(['iat', 'exp', 'nbf', 'auth_time']);

function text(value: ClaimValue): string {
  if (Array.isArray(value)) return value.join(', ');
  return value === null ? 'null' : String(value);
}

function toRows(record: Readonly<Record<string, ClaimValue>>, labels: Readonly<Record<string, string>>): ClaimRow[] {
  const known = Object.keys(labels);
  // Well-known keys in their usual order, then the rest (an org claim, jti...) as the token lists them.
  const keys = [...known.filter((key) => key in record), ...Object.keys(record).filter((key) => !(key in labels))];
  return keys.map((key) => {
    const value = record[key] ?? null;
    if (EPOCH_SECOND_CLAIMS.has(key) && typeof value === 'number') {
      return { key, label: labels[key] ?? null, value: formatLocalTime(value * 1000), raw: String(value) };
    }
    return { key, label: labels[key] ?? null, value: text(value), raw: null };
  });
}

export function headerRows(details: TokenDetails): ClaimRow[] {
  return toRows(details.header, HEADER_LABELS);
}

export function claimRows(details: TokenDetails): ClaimRow[] {
  return toRows(details.claims, CLAIM_LABELS);
}
