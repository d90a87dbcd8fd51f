// Seals and opens a blob under a passphrase the user types: scrypt to a key, AES-256-GCM with caller-supplied associated data.
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';

/** scrypt's cost parameters, as stored in the file so a later version can raise them and still read old files. */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** OWASP's recommendation for scrypt (128 MiB, about 0.4 s on a laptop); the import runs once, so it can afford it. */
export const SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/** What a file may ask of us: enough to be safe, not so much that a crafted file can stall or exhaust the app. */
const MIN_LOG2_N = 15;
const MAX_LOG2_N = 18;
const MAX_MEMORY_BYTES = 256 * 1024 * 1024;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
export const MAX_SEALED_BYTES = 4 * 1024 * 1024;

/** Canonical standard base64 whose decoded length is in range; the message names no value. */
function base64Bytes(min: number, max: number, what: string) {
  const range = min === max ? `${min}` : `${min} to ${max}`;
  return z
    .string({ error: `should be ${what} as base64 text.` })
    .refine((text) => {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return false;
      const bytes = Buffer.from(text, 'base64');
      return bytes.toString('base64') === text && bytes.length >= min && bytes.length <= max;
    }, `should be ${what} of ${range} bytes as base64 text.`);
}

const isAcceptedCost = (n: number): boolean => Number.isInteger(Math.log2(n)) && n >= 2 ** MIN_LOG2_N && n <= 2 ** MAX_LOG2_N;

const scryptParamsSchema = z.strictObject({
  name: z.literal('scrypt', { error: 'this version only reads secrets sealed with scrypt.' }),
  N: z
    .number()
    .refine(isAcceptedCost, `should be a power of two from 2^${MIN_LOG2_N} to 2^${MAX_LOG2_N}.`),
  r: z.number().int().min(8, 'should be at least 8.').max(16, 'should be at most 16.'),
  p: z.number().int().min(1, 'should be at least 1.').max(4, 'should be at most 4.'),
  salt: base64Bytes(SALT_BYTES, 64, 'a salt'),
});

/** The envelope as written in the file. The header (all but ciphertext and tag) is part of the associated data. */
export const sealedBlobSchema = z
  .strictObject({
    cipher: z.literal('aes-256-gcm', { error: 'this version only reads secrets sealed with aes-256-gcm.' }),
    kdf: scryptParamsSchema,
    nonce: base64Bytes(NONCE_BYTES, NONCE_BYTES, 'a nonce'),
    ciphertext: base64Bytes(1, MAX_SEALED_BYTES, 'the encrypted secrets'),
    tag: base64Bytes(TAG_BYTES, TAG_BYTES, 'an authentication tag'),
  })
  // Only when N itself is acceptable: otherwise the N message already says what is wrong.
  .refine(({ kdf }) => !isAcceptedCost(kdf.N) || scryptMemory(kdf) <= MAX_MEMORY_BYTES, { message: 'asks for more memory than this app allows.', path: ['kdf'] });
export type SealedBlob = z.output<typeof sealedBlobSchema>;
export type SealedBlobHeader = Omit<SealedBlob, 'ciphertext' | 'tag'>;

/** A fresh header: new random salt and nonce every time, so no two exports share a key or a nonce. */
export function newSealedBlobHeader(cost: ScryptCost = SCRYPT_COST): SealedBlobHeader {
  return {
    cipher: 'aes-256-gcm',
    kdf: { name: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt: randomBytes(SALT_BYTES).toString('base64') },
    nonce: randomBytes(NONCE_BYTES).toString('base64'),
  };
}

export async function sealBlob(header: SealedBlobHeader, passphrase: string, plainText: string, associatedData: string): Promise<SealedBlob> {
  const key = await deriveKey(passphrase, header.kdf);
  const cipher = createCipheriv('aes-256-gcm', key, Buffer.from(header.nonce, 'base64'), { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
  return { ...header, ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/**
 * The plain text, or `'unauthentic'` when the tag does not verify. GCM cannot tell a wrong passphrase from a
 * changed file (any changed byte of ciphertext, tag, salt, nonce or associated data looks the same), so neither can we.
 */
export async function openBlob(blob: SealedBlob, passphrase: string, associatedData: string): Promise<Result<string, 'unauthentic'>> {
  const key = await deriveKey(passphrase, blob.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(blob.nonce, 'base64'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(blob.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(blob.ciphertext, 'base64')), decipher.final()]);
    return ok(plain.toString('utf8'));
  } catch {
    return fail('unauthentic');
  }
}

/** scrypt's working memory: 128·r·(N + p) bytes, plus slack; Node refuses to run above `maxmem`. */
function scryptMemory({ N, r, p }: ScryptCost): number {
  return 128 * r * (N + p + 2);
}

function deriveKey(passphrase: string, params: ScryptCost & { readonly salt: string }): Promise<Buffer> {
  const { N, r, p } = params;
  // NFC, so the same passphrase typed on macOS and on Windows (composed or decomposed accents) gives the same key.
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) => {
    scrypt(secret, Buffer.from(params.salt, 'base64'), KEY_BYTES, { N, r, p, maxmem: scryptMemory(params) + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
