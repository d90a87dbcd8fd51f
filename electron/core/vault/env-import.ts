// Turns a .env file in Butlr's own convention (BUTLR_CLIENT_ID, BUTLR_CLIENT_SECRET, …) into a profile to create. Which
// variables make which kind of profile is each kind's to say (credentials/client-credentials.ts).
import { appError, MAX_FILE_PROBLEMS, type AppError } from '../../../shared/app-error';
import { inputSchemaOf } from '../../../shared/credentials/credential-schemas';
import { baseUrlSchema, newProfileSchema, profileNameSchema, type NewProfile } from '../../../shared/profile';
import { fail, ok, type Result } from '../../../shared/result';
import type { EnvVariable } from '../credentials/sign-in-method';
import { envFileKinds } from '../credentials/sign-in-methods';
import { readEnvFile, type EnvEntry } from '../../../shared/env-file';
import { nearMisses } from './env-key-suggestion';
import { asContinuation } from './file-problems';
import { truncateName } from './profile-names';

/** A profile ready for the create-profile flow: validated, with a name suggested from the file name. */
export type EnvImportCandidate = NewProfile;

export const ENV_FILE_MAX_BYTES = 64 * 1024;
const FALLBACK_NAME = 'Imported from .env';
/** How many problems one message lists; a file with more is probably not a .env file at all. */
const MAX_LISTED_PROBLEMS = 5;

interface Problem {
  /** Where it is, when it is on one line. */
  readonly line?: number;
  readonly message: string;
  /** The variable the problem is about, as the error's `field`. */
  readonly key?: string;
}

/**
 * Reads `text` (the file's content) as a Butlr .env file. `fileName` only suggests the profile's name.
 * Errors name the line and the variable, never a value.
 */
export function importEnvFile(text: string, fileName: string): Result<EnvImportCandidate> {
  if (Buffer.byteLength(text, 'utf8') > ENV_FILE_MAX_BYTES) {
    return fail(appError('invalid_request', `This file is too large to be a .env file (over ${ENV_FILE_MAX_BYTES / 1024} KB).`));
  }
  const reading = readEnvFile(text);
  if (!reading.ok) return fail(toAppError(reading.error));

  const method = envKindOf(reading.value);
  const problems: Problem[] = [];
  const values: Record<string, string> = {};
  const misses = nearMisses(reading.value, method.envVariables.map((variable) => variable.key));
  for (const variable of method.envVariables) {
    const found = findVariable(reading.value, variable);
    const meant = misses.get(variable.key) ?? [];
    if (found.kind === 'problem') {
      problems.push({ line: found.line, message: found.message, key: variable.key });
    } else if (found.kind === 'missing' && meant.length > 0) {
      // Even for an optional key: BUTLR_BASEURL taken as "unset" would send the secret to the default server.
      for (const miss of meant) problems.push({ line: miss.entry.line, message: miss.message, key: variable.key });
    } else if (found.kind === 'missing') {
      if (variable.fallback !== undefined) values[variable.field] = variable.fallback;
      else problems.push({ message: `${variable.key} is missing`, key: variable.key });
    } else {
      const checked = (variable.field === 'baseUrl' ? baseUrlSchema : inputSchemaOf(method.kind, variable.field)).safeParse(found.entry.value);
      if (checked.success) values[variable.field] = found.entry.value;
      else problems.push({ line: found.entry.line, message: `${variable.key}: ${asContinuation(checked.error.issues[0]?.message ?? 'This value is not valid.')}`, key: variable.key });
    }
  }
  if (problems.length > 0) return fail(toAppError(problems));

  const profile = newProfileSchema.safeParse({ kind: method.kind, name: suggestProfileName(fileName), ...values });
  // Each field passed on its own above and the suggested name is always valid, so this is a backstop only.
  if (!profile.success) return fail(appError('invalid_request', 'This .env file could not be read as a Butlr profile.'));
  return ok(profile.data);
}

type Found = { readonly kind: 'missing' } | { readonly kind: 'set'; readonly entry: EnvEntry } | { readonly kind: 'problem'; readonly line: number; readonly message: string };

/** The kind a file is read as: the first kind with .env names whose first name the file sets, else the first with any. */
function envKindOf(entries: readonly EnvEntry[]): (typeof envFileKinds)[number] {
  const named = envFileKinds.find((method) => entries.some((entry) => entry.key === method.envVariables[0]?.key));
  return named ?? (envFileKinds[0] as (typeof envFileKinds)[number]);
}

function findVariable(entries: readonly EnvEntry[], { key, fallback }: EnvVariable<string>): Found {
  const matches = entries.filter((entry) => entry.key === key);
  const [first, second] = matches;
  if (first === undefined) return { kind: 'missing' };
  // Tools disagree on whether the first or the last one wins, so refuse to guess.
  if (second !== undefined) return { kind: 'problem', line: second.line, message: `${key} is set again (first on line ${first.line}); keep one.` };
  if (first.value.trim() === '') {
    const remedy = fallback !== undefined ? ' (remove the line to use the default)' : '';
    return { kind: 'problem', line: first.line, message: `${key} is empty${remedy}` };
  }
  return { kind: 'set', entry: first };
}

/** The message lists the first few problems as "line 3: …", one a line; `problems` holds more of them, each on its own. */
function toAppError(problems: readonly Problem[]): AppError {
  const where = (problem: Problem): string => (problem.line === undefined ? problem.message : `line ${problem.line}: ${problem.message}`);
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map(where);
  if (problems.length > MAX_LISTED_PROBLEMS) listed.push(`… and ${problems.length - MAX_LISTED_PROBLEMS} more problems`);
  const each = problems.slice(0, MAX_FILE_PROBLEMS).map(({ line, message }) => (line === undefined ? { message } : { line, message }));
  if (problems.length > MAX_FILE_PROBLEMS) each.push({ message: `… and ${problems.length - MAX_FILE_PROBLEMS} more problems` });
  const key = problems[0]?.key;
  return appError('invalid_request', listed.join('\n'), { ...(key ? { field: key } : {}), problems: each });
}

/** "staging.env", ".env.staging" and "/path/to/staging.env" all suggest "staging"; a bare ".env" suggests a neutral name. */
export function suggestProfileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').trim();
  const parts = base.split('.').filter((part) => part.trim() !== '' && part.trim().toLowerCase() !== 'env');
  const suggestion = profileNameSchema.safeParse(truncateName(parts.join('.').trim()));
  return suggestion.success ? suggestion.data : FALLBACK_NAME;
}
