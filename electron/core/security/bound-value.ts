// Seals a secret or a token together with where it may be sent (its profile's sign-in identity) and what it is for, and
// opens it only for that identity and purpose: profiles.json and tokens/ can be edited outside the app, and an edited base
// URL must never receive a saved secret, nor a secret moved into a token's place be handed out as a token.
import { z } from 'zod';
import { appError, type AppError } from '../../../shared/app-error';
import { clientCredentials } from '../../../shared/credentials/client-credentials';
import { password } from '../../../shared/credentials/password';
import { fail, ok, type Result } from '../../../shared/result';
import { storedShapeOf } from '../credentials/stored-shape';
import { sameSignInIdentity, signInIdentityOf, type SignInIdentity } from '../profiles/sign-in-identity';
import type { SecretCipher } from './secret-cipher';

/**
 * Marks a value sealed before values were bound (profiles.json v2, tokens.json v1): safeStorage ciphertext of the bare
 * value. Their migrations cannot seal them again, because safeStorage is async and may need an unlocked keyring while
 * migrations run synchronously before any store opens. So a migration marks each one, and it is bound lazily: a secret
 * at its first use, which is the first listing, in the start that migrated it (so to its profile as migrated); a token
 * only once its profile's secret has opened for the same identity (profile-secrets.ts, held-tokens.ts), so a token left
 * marked until after an outside edit is not bound to the edit. A value neither marked nor bound is refused. Anyone who
 * can write the data folder and kept a pre-v3 ciphertext (the migration's backup holds them) can still present it as
 * unmigrated: upgrading has to trust the files once. What they cannot do is mark a ciphertext sealed since: its plain
 * text is one of our envelopes, never a bare value, and binding it would hand the whole envelope (value included) to
 * whatever identity the edited file names; bindUnbound refuses it.
 */
export const UNBOUND_PREFIX = 'unbound:';

export const markUnbound = (ciphertext: string): string => (ciphertext.startsWith(UNBOUND_PREFIX) ? ciphertext : UNBOUND_PREFIX + ciphertext);

const bindingSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...storedShapeOf(clientCredentials), baseUrl: z.string() }),
  z.strictObject({ ...storedShapeOf(password), baseUrl: z.string() }),
]);
/**
 * What a sealed value is for, so it opens only where it was put: a profile's secret, a profile's confirmed secret
 * reference (secret-sources.ts), or a held token. All three are sealed under the same key, so without it a file's editor
 * could otherwise move one into another's field (a client secret into a token file, to be copied as the token).
 */
export type SealPurpose = 'secret' | 'reference' | 'token';
const PURPOSES = ['secret', 'reference', 'token'] as const satisfies readonly SealPurpose[];

/**
 * What is sealed: the value, the identity it belongs to and (v2) its purpose, so none can be swapped without the key.
 * v1 had no purpose; values sealed before purposes still open, wherever they are found, and are sealed again as v2 with
 * the purpose of where they were found at that first use (`replacement`). So a v1 value not opened since the upgrade can
 * still be moved into another field once, as upgrading has to trust the files once (see UNBOUND_PREFIX); once it has
 * opened, it carries its purpose.
 */
const envelopeSchema = z.discriminatedUnion('v', [
  z.strictObject({ v: z.literal(1), value: z.string(), binding: bindingSchema }),
  z.strictObject({ v: z.literal(2), purpose: z.enum(PURPOSES), value: z.string(), binding: bindingSchema }),
]);

export const serverChanged = (): AppError => appError('server_changed', 'The base URL or sign-in changed outside the app; enter the secret again.');

export const isUnbound = (stored: string): boolean => stored.startsWith(UNBOUND_PREFIX);

export type Encrypt = (plainText: string) => Promise<Result<string>>;

/** The plain text sealed: the current envelope, the one place it is written. */
const envelopeText = (value: string, binding: SignInIdentity, purpose: SealPurpose): string => JSON.stringify({ v: 2, purpose, value, binding: signInIdentityOf(binding) });

export function sealBound(encrypt: Encrypt, value: string, identity: SignInIdentity, purpose: SealPurpose): Promise<Result<string>> {
  return encrypt(envelopeText(value, identity, purpose));
}

export interface Opened {
  readonly value: string;
  /**
   * Ciphertext to store instead of the one opened (safeStorage rotated its key, a marked value was bound, or a v1 value was
   * given its purpose); null: keep it.
   */
  readonly replacement: string | null;
}

/**
 * A value the migration marked, and the same value sealed with `identity`: the caller decides whether that identity may
 * be trusted (see UNBOUND_PREFIX). `replacement` is null when sealing failed; the value may still be used this once.
 */
export async function bindUnbound(cipher: SecretCipher, stored: string, identity: SignInIdentity, purpose: SealPurpose): Promise<Result<Opened>> {
  if (!isUnbound(stored)) return fail(serverChanged());
  const legacy = await cipher.decrypt(stored.slice(UNBOUND_PREFIX.length));
  if (!legacy.ok) return legacy;
  if (isEnvelope(legacy.value.plainText)) return fail(serverChanged());
  const bound = await sealBound((text) => cipher.encrypt(text), legacy.value.plainText, identity, purpose);
  return ok({ value: legacy.value.plainText, replacement: bound.ok ? bound.value : null });
}

/**
 * The value, if it was sealed for `identity` and `purpose`: `secret_unreadable` when it does not decrypt, `server_changed`
 * when it belongs elsewhere (another identity, or another field).
 */
export async function openBound(cipher: SecretCipher, stored: string, identity: SignInIdentity, purpose: SealPurpose): Promise<Result<Opened>> {
  // Marked values are opened through bindUnbound, by a caller that knows whose identity to bind them to.
  if (isUnbound(stored)) return fail(serverChanged());
  const decrypted = await cipher.decrypt(stored);
  if (!decrypted.ok) return decrypted;
  const envelope = envelopeSchema.safeParse(parseJson(decrypted.value.plainText));
  if (!envelope.success || !sameSignInIdentity(envelope.data.binding, identity)) return fail(serverChanged());
  const { value, binding } = envelope.data;
  if (envelope.data.v === 2 && envelope.data.purpose !== purpose) return fail(serverChanged());
  if (envelope.data.v === 2 && !decrypted.value.shouldReEncrypt) return ok({ value, replacement: null });
  // A v1 value gets the purpose of where it was found; under a rotated key, the same envelope. The binding goes along
  // unchanged. If sealing fails, the old ciphertext still opens.
  const resealed = await cipher.encrypt(envelopeText(value, binding, purpose));
  return ok({ value, replacement: resealed.ok ? resealed.value : null });
}

/** The keys an envelope carries, in any version; a bare secret or token (what the migration marked) is never such an object. */
const ENVELOPE_KEYS = ['v', 'purpose', 'value', 'binding'];

/** Whether a plain text is one of our envelopes, whichever its version: sealed since values were bound, so never to be bound again. */
function isEnvelope(plainText: string): boolean {
  const parsed = parseJson(plainText);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && ENVELOPE_KEYS.some((key) => Object.hasOwn(parsed, key));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
