// Import and export as the renderer sees them: a preview of what a file holds, the person's answers, and the outcome.
import { z } from './zod-mini';
import { credentialKindNames } from './credentials/credential-kinds';

export const clashDecisionSchema = z.enum(['rename', 'replace', 'skip']);
export type ClashDecision = z.infer<typeof clashDecisionSchema>;

export const importPreviewSchema = z.object({
  importId: z.uuid(),
  fileName: z.string(),
  source: z.enum(['env', 'export']),
  /** none: the file has no secrets; locked: it has, behind a passphrase not yet given; included: they are ready to import. */
  secrets: z.enum(['none', 'locked', 'included']),
  profiles: z.array(
    z.object({
      index: z.int().check(z.nonnegative()),
      name: z.string(),
      kind: z.enum(credentialKindNames),
      /** Where its secret will be sent: a person checks it before importing. */
      baseUrl: z.string(),
      /** Who it signs in as: its client ID, or its username. Two profiles with one name are told apart by it. */
      principal: z.string(),
      /** Whether this profile arrives with its secret; without one it must be entered after import. */
      hasSecret: z.boolean(),
      /**
       * Where its secret will be read from, when the file gives a secret reference: the exact command, as it will run on
       * this computer, whether it runs without being confirmed first (never a custom command: see imported-references.ts),
       * and, when its preset's CLI is not installed here, that CLI's name (the command then names where it would be).
       */
      reference: z.nullable(z.object({ command: z.string(), confirmed: z.boolean(), notInstalled: z.nullable(z.string()) })),
      /** An existing profile with the same name, if any: then the person chooses rename, replace or skip. */
      clashesWith: z.nullable(z.string()),
      /** The name `rename` would give it. */
      suggestedName: z.nullable(z.string()),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importOutcomeSchema = z.object({
  added: z.int().check(z.nonnegative()),
  replaced: z.int().check(z.nonnegative()),
  skipped: z.int().check(z.nonnegative()),
  /** Imported profiles that still need their secret entered. */
  withoutSecret: z.int().check(z.nonnegative()),
  /** Imported profiles whose secret reference waits for a person to read and save it in the form (not counted above). */
  toConfirm: z.int().check(z.nonnegative()),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

/** Shorter passphrases are refused: the file may travel, and scrypt only slows guessing down, it does not stop it. */
export const PASSPHRASE_MIN_LENGTH = 12;

export const exportRequestSchema = z.strictObject({
  /** With a passphrase the file carries the secrets, encrypted; without one it carries none. */
  passphrase: z.optional(z.string().check(z.minLength(1), z.maxLength(1024))),
});
