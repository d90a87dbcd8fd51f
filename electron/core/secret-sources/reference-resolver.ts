// Reads a profile's secret from its team's secret manager by running the reference's command: only when a sign-in needs it,
// the value handed to that sign-in alone, never logged, never kept. A reference that names nothing is not asked again for a minute.
import { fail, ok, type Result } from '../../../shared/result';
import { canonicalReference, cliNameOf, commandArgsOf, type SecretReference } from '../../../shared/secret-sources/secret-presets';
import type { Logger } from '../logger';
import type { CommandOutcome, CommandRunner } from './command-runner';
import type { FindExecutable } from './imported-references';
import { presetReaders, type FailureKind } from './preset-readers';
import { managerEmpty, managerFailed, managerLocked, managerMissing, managerNotFound, managerSignedOut, managerTimeout } from './reference-errors';

export const REFERENCE_TIMEOUT_MS = 10_000;
export const REFERENCE_MAX_OUTPUT_BYTES = 64 * 1024;
export const NOT_FOUND_QUIET_MS = 60_000;

/** Variables every command keeps besides its vendor's own: where to find programs, whose home, and the OS's own basics. */
const BASE_VARIABLES = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'TMPDIR', 'XDG_CONFIG_HOME', 'XDG_RUNTIME_DIR', 'SYSTEMROOT', 'USERPROFILE', 'LOCALAPPDATA', 'APPDATA', 'TEMP', 'TMP'];

export interface ReferenceResolver {
  /** The secret, or why not. `owner` (a profile id) scopes the not-found quiet minute; null (a Test): not held back by it. */
  resolve(owner: string | null, reference: SecretReference): Promise<Result<string>>;
}

interface ReferenceResolverDeps {
  readonly run: CommandRunner;
  /** Where a preset's CLI is on this computer now: what a preset runs, whatever path its reference holds. */
  readonly find: FindExecutable;
  /** The app's own environment, from which the command's is trimmed. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => number;
  readonly logger: Logger;
}

/** Only the variables the command may read: ours (the app's session, a proxy, anything else) stay ours. */
export function trimmedEnvironment(env: Readonly<Record<string, string | undefined>>, prefixes: readonly string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (BASE_VARIABLES.includes(name.toUpperCase()) || prefixes.some((prefix) => name.startsWith(prefix))) kept[name] = value;
  }
  return kept;
}

/** The one value the output holds: a single trailing newline is the CLI's, not the secret's; a line break inside means more than one value. */
export function singleValue(output: string): { readonly kind: 'value'; readonly value: string } | { readonly kind: 'empty' } | { readonly kind: 'several' } {
  const stripped = output.replace(/\r?\n$/, '');
  if (stripped.trim() === '') return { kind: 'empty' };
  if (/[\r\n]/.test(stripped)) return { kind: 'several' };
  return { kind: 'value', value: stripped };
}

export function createReferenceResolver({ run, find, env, now, logger }: ReferenceResolverDeps): ReferenceResolver {
  const notFoundAt = new Map<string, number>();

  const failureOf = (reference: SecretReference, outcome: CommandOutcome): Result<string> => {
    const reader = presetReaders[reference.preset];
    switch (outcome.kind) {
      case 'missing':
        return fail(managerMissing(reference));
      case 'timeout':
        return fail(managerTimeout(reference, REFERENCE_TIMEOUT_MS / 1000));
      case 'too_large':
        return fail(managerFailed(reference, `printed more than ${REFERENCE_MAX_OUTPUT_BYTES / 1024} KiB, not one secret`));
      case 'exited': {
        if (outcome.code !== 0) {
          const kind: FailureKind | undefined = reader.failures.find(([, pattern]) => pattern.test(outcome.stderr))?.[0];
          if (kind === 'signed_out') return fail(managerSignedOut(reference));
          if (kind === 'locked') return fail(managerLocked(reference));
          if (kind === 'not_found') return fail(managerNotFound(reference));
          return fail(managerFailed(reference, `exited with code ${outcome.code}`));
        }
        if (outcome.stdout.trim() === '') return fail(managerEmpty(reference));
        const value = reader.value(outcome.stdout);
        if (value === null) return fail(managerFailed(reference, 'printed something that is not the answer it gives for a secret'));
        const single = singleValue(value);
        if (single.kind === 'empty') return fail(managerEmpty(reference));
        if (single.kind === 'several') return fail(managerFailed(reference, 'printed more than one line; it must print the secret alone'));
        return ok(single.value);
      }
    }
  };

  return {
    async resolve(owner, reference) {
      const key = owner === null ? null : `${owner}\n${canonicalReference(reference)}`;
      const quietSince = key === null ? undefined : notFoundAt.get(key);
      if (quietSince !== undefined && now() - quietSince < NOT_FOUND_QUIET_MS) return fail(managerNotFound(reference));
      // A preset's path is where its CLI was when the reference was saved, or on the computer a team file came from: it
      // runs the CLI found here now (PATH and the usual folders, as the form looks), and a custom command its own program.
      const executable = reference.preset === 'custom' ? reference.executable : find(cliNameOf(reference.preset));
      const outcome: CommandOutcome =
        executable === null
          ? { kind: 'missing' }
          : await run({
              executable,
              args: commandArgsOf(reference),
              env: trimmedEnvironment(env, presetReaders[reference.preset].envPrefixes),
              timeoutMs: REFERENCE_TIMEOUT_MS,
              maxOutputBytes: REFERENCE_MAX_OUTPUT_BYTES,
            });
      const result = failureOf(reference, outcome);
      if (key !== null && !result.ok && result.error.code === 'secret_manager_not_found') notFoundAt.set(key, now());
      else if (key !== null) notFoundAt.delete(key);
      // The profile and the code only: the output, even of a failure, may hold the secret.
      logger.info(`secret references: ${reference.preset} for ${owner === null ? 'a Test' : `profile ${owner}`}: ${result.ok ? 'answered' : result.error.code}`);
      return result;
    },
  };
}
