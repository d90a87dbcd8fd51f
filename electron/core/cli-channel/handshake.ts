// The mutual challenge–response: each side proves it holds this start's key over both sides' fresh nonces.
//
// The client speaks first with its nonce; the server answers with its own nonce and HMAC(key, "server", both nonces);
// only when that proof checks out does the client send HMAC(key, "client", both nonces). So an impostor that took the
// socket's name first learns nothing it could use (it never gets a client proof over a nonce of its own choosing that
// the real server would accept), and a recorded handshake replays against nobody: the other side's nonce is new each time.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CLI_PROTOCOL } from '../../../shared/cli-protocol';

const NONCE_BYTES = 32;

export const newNonce = (): string => randomBytes(NONCE_BYTES).toString('base64url');

function proof(key: Buffer, role: 'server' | 'client', clientNonce: string, serverNonce: string): Buffer {
  // The role label keeps a proof one side made from ever passing as the other side's.
  return createHmac('sha256', key).update(`${CLI_PROTOCOL}\0${role}\0${clientNonce}\0${serverNonce}`).digest();
}

export const serverProof = (key: Buffer, clientNonce: string, serverNonce: string): string => proof(key, 'server', clientNonce, serverNonce).toString('base64url');
export const clientProof = (key: Buffer, clientNonce: string, serverNonce: string): string => proof(key, 'client', clientNonce, serverNonce).toString('base64url');

/** Compares in constant time; a proof of the wrong length (the schema allows only 32 bytes) simply fails. */
export function proofMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'base64url');
  const b = Buffer.from(given, 'base64url');
  return a.length === b.length && timingSafeEqual(a, b);
}
