// Person-readable problems with an import file: where the JSON breaks, and which field zod refused, never with a value.
import type { z } from 'zod';
import { appError, type AppError } from '../../../shared/app-error';
import { jsonErrorOffset } from './json-error-offset';

/** How many problems one message lists; the rest are counted. */
const MAX_LISTED_PROBLEMS = 5;

/** `['profiles', 2, 'baseUrl']` → `profiles[2].baseUrl`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

const TYPE_NAMES: Readonly<Record<string, string>> = { string: 'text', number: 'a number', int: 'a whole number', array: 'a list', object: 'an object', boolean: 'true or false' };

/**
 * Wording for the issues whose schema gave none. zod does not put the input into issues unless asked, and this
 * map never quotes it either: a value in an import file may be a secret.
 */
export const describeIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing.' : `should be ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : `${issue.keys.length} fields`} this version does not know (the file may come from a newer version of Butlr Credentials).`;
    case 'invalid_value':
      return issue.input === undefined ? 'is missing.' : `should be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}.`;
    case 'invalid_union':
      return issue.discriminator ? `is not a ${issue.discriminator} this version knows (the file may come from a newer version of Butlr Credentials).` : undefined;
    case 'too_big':
      return 'is too long.';
    case 'too_small':
      return 'is too short.';
    default:
      return undefined;
  }
};

/** Sentence-case messages from shared schemas read as a continuation after "field: ", so "Use an…" becomes "use an…". */
export function asContinuation(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
}

/** One error for all of zod's issues: each on its own line as "field: problem"; the first one's field is the error's field. */
export function issuesToAppError(issues: readonly z.core.$ZodIssue[]): AppError {
  const lines = issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => {
    const path = fieldPath(issue.path);
    return path ? `${path}: ${asContinuation(issue.message)}` : asContinuation(issue.message);
  });
  if (issues.length > MAX_LISTED_PROBLEMS) lines.push(`… and ${issues.length - MAX_LISTED_PROBLEMS} more problems`);
  const field = fieldPath(issues[0]?.path ?? []);
  return appError('invalid_request', lines.join('\n'), field ? { field } : {});
}

/** The parsed JSON, or a message saying where it breaks (line and column, never the text around it). */
export function parseJsonText(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    if (/end of (JSON )?input|Unterminated/i.test(detail)) {
      return { ok: false, message: 'This file is not valid JSON: it ends too early, as if it was cut off.' };
    }
    // V8 says "at position N" for some errors and only quotes the text for others: then find the place ourselves.
    const stated = /position (\d+)/.exec(detail)?.[1];
    const position = stated === undefined ? jsonErrorOffset(text) : Number(stated);
    if (position >= text.length) return { ok: false, message: 'This file is not valid JSON: it ends too early, as if it was cut off.' };
    const before = text.slice(0, position).split(/\r\n|\r|\n/);
    const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
    return { ok: false, message: `This file is not valid JSON (${where}). It may be damaged, or not a Butlr Credentials export.` };
  }
}
