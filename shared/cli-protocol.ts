// The local channel between the app and `butlr-cred`: every frame either side may send, as zod schemas both sides parse with.
import { z } from './zod-mini';
import { errorCodeSchema } from './app-error';
import { credentialKindNames } from './credentials/credential-kinds';

export const CLI_PROTOCOL = 'butlr-cred/1';
/** The largest frame either side accepts, in bytes of JSON after the 4-byte length. */
export const MAX_FRAME_BYTES = 16 * 1024;
/** The environment variable a CLI session id is inherited through, so `exec`'s children share their parent's grants. */
export const SESSION_ENV = 'BUTLR_CRED_SESSION';

/** 32 random bytes, base64url without padding: nonces and HMAC-SHA256 proofs. */
const bytes32 = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'should be 32 bytes in base64url.'));
/** 16 random bytes in hex: a CLI session. */
export const sessionIdSchema = z.string().check(z.regex(/^[0-9a-f]{32}$/, 'should be 32 hex digits.'));

// The handshake, in order: the client's nonce; the server's nonce with its proof; the client's proof; the verdict.
export const clientHelloSchema = z.strictObject({ type: z.literal('hello'), protocol: z.literal(CLI_PROTOCOL), clientNonce: bytes32 });
export const serverChallengeSchema = z.strictObject({ type: z.literal('challenge'), serverNonce: bytes32, serverProof: bytes32 });
export const clientProofSchema = z.strictObject({ type: z.literal('proof'), clientProof: bytes32 });
export const serverVerdictSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('welcome') }),
  z.strictObject({ type: z.literal('refused'), message: z.string().check(z.maxLength(500)) }),
]);

/** Who is asking, as the CLI reports it (nothing in a Unix socket proves a peer's process): shown in the consent dialog. */
export const callerSchema = z.strictObject({
  pid: z.int().check(z.nonnegative()),
  parentPid: z.int().check(z.nonnegative()),
  /** The parent process's command name, e.g. `bash`; empty when the CLI could not tell. */
  parentName: z.string().check(z.maxLength(256)),
});
export type CliCaller = z.infer<typeof callerSchema>;

/** A profile's name (any case, or the start of it) or its id. */
export const profileQuerySchema = z.string().check(z.trim(), z.minLength(1, 'Name a profile.'), z.maxLength(200));
export const MAX_MIN_VALIDITY_SECONDS = 3600;

/** The only three methods. `hello` comes first on every connection: it names the session the others run in. */
export const cliRequestSchema = z.discriminatedUnion('method', [
  z.strictObject({ id: z.int(), method: z.literal('hello'), params: z.strictObject({ session: sessionIdSchema, caller: callerSchema }) }),
  /** A page at a time, so each answer fits a frame: `cursor` is the previous page's `next`. */
  z.strictObject({ id: z.int(), method: z.literal('profiles.list'), params: z.strictObject({ cursor: z.optional(z.int().check(z.nonnegative())) }) }),
  z.strictObject({
    id: z.int(),
    method: z.literal('token.get'),
    params: z.strictObject({
      profile: profileQuerySchema,
      minValiditySeconds: z.int().check(z.nonnegative(), z.lte(MAX_MIN_VALIDITY_SECONDS, `At most ${MAX_MIN_VALIDITY_SECONDS} seconds.`)),
    }),
  }),
]);
export type CliRequest = z.infer<typeof cliRequestSchema>;
export type CliMethod = CliRequest['method'];
export const CLI_METHODS: readonly CliMethod[] = ['hello', 'profiles.list', 'token.get'];

export const helloResultSchema = z.strictObject({ app: z.string(), version: z.string() });
export type HelloResult = z.infer<typeof helloResultSchema>;

/** What `list` shows of a profile: never a secret, never a token. */
export const cliProfileSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(credentialKindNames),
  token: z.strictObject({
    state: z.enum(['none', 'valid', 'expired', 'failed']),
    /** null: no token, or Butlr did not say when it expires. */
    expiresAt: z.nullable(z.number()),
  }),
});
export type CliProfile = z.infer<typeof cliProfileSchema>;
/** `next`: the cursor of the next page; null on the last. */
export const profilesListResultSchema = z.strictObject({ profiles: z.array(cliProfileSchema), next: z.nullable(z.int()) });
export type ProfilesListResult = z.infer<typeof profilesListResultSchema>;

/** The one thing that ever leaves: an access token, with when it expires and where it is for. */
export const tokenGetResultSchema = z.strictObject({
  profile: z.strictObject({ id: z.string(), name: z.string() }),
  accessToken: z.string(),
  expiresAt: z.nullable(z.number()),
  baseUrl: z.string(),
});
export type TokenGetResult = z.infer<typeof tokenGetResultSchema>;

export const cliErrorCodes = ['denied', 'unknown_profile', 'ambiguous_profile', 'sign_in_failed', 'bad_request', 'unknown_method', 'busy', 'internal'] as const;
export type CliErrorCode = (typeof cliErrorCodes)[number];
export const cliErrorSchema = z.strictObject({
  code: z.enum(cliErrorCodes),
  message: z.string().check(z.maxLength(2000)),
  /** For `sign_in_failed`: the app's error code (shared/app-error.ts). */
  appCode: z.optional(errorCodeSchema),
});
export type CliError = z.infer<typeof cliErrorSchema>;

export const cliResponseSchema = z.discriminatedUnion('ok', [
  z.strictObject({ id: z.int(), ok: z.literal(true), result: z.unknown() }),
  z.strictObject({ id: z.int(), ok: z.literal(false), error: cliErrorSchema }),
]);
export type CliResponse = z.infer<typeof cliResponseSchema>;

/** Which profile a query names: an id, else a name in any case, else the one name that starts with it. */
export type ProfileMatch<P> = { readonly found: P } | { readonly unknown: true } | { readonly ambiguous: readonly P[] };

export function matchProfile<P extends { readonly id: string; readonly name: string }>(query: string, profiles: readonly P[]): ProfileMatch<P> {
  const wanted = query.trim();
  const byId = profiles.find((profile) => profile.id === wanted);
  if (byId) return { found: byId };
  const key = wanted.toLocaleLowerCase();
  const byName = profiles.find((profile) => profile.name.toLocaleLowerCase() === key);
  if (byName) return { found: byName };
  const starting = profiles.filter((profile) => profile.name.toLocaleLowerCase().startsWith(key));
  if (starting.length === 1) return { found: starting[0]! };
  return starting.length === 0 ? { unknown: true } : { ambiguous: starting };
}
