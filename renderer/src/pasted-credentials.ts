// What a paste into the profile form's client ID or secret means: .env lines or a client_id:secret pair fill the fields
// they name; a copied secret loses the spaces, line breaks and quotes around it. Each says in a short note what it did.
import { factsOf, inputOf, type CredentialInputName } from '../../shared/credentials/credential-kinds';
import { envVariables } from '../../shared/credentials/env-variables';
import { readEnvFile } from '../../shared/env-file';
import type { ProfileFormValues, TextField } from './profile-form';

export type PasteReading =
  /** Fill in these fields, whole, instead of pasting. */
  | { readonly kind: 'fill'; readonly values: Partial<Record<TextField, string>>; readonly note: string }
  /** Paste this instead of what was copied. */
  | { readonly kind: 'clean'; readonly text: string; readonly note: string };

/** An ID as Butlr makes them: no spaces, no colon, not a URL's scheme. */
const PAIR = /^([A-Za-z0-9][A-Za-z0-9._-]*):([^\s:/][^\s:]*)$/;
const QUOTES = new Set(['"', "'", '`']);

/** "a", "a and b", "a, b and c". */
function listed(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function nameOf(field: TextField, values: ProfileFormValues): string {
  return field === 'baseUrl' ? 'base URL' : (inputOf(values.kind, field as CredentialInputName)?.name ?? field);
}

/** The kind's .env variables in the pasted text, one per line; lines that are not KEY=value are passed over. */
function envValues(text: string, values: ProfileFormValues): { values: Partial<Record<TextField, string>>; lines: number } {
  const variables = envVariables[values.kind];
  if (variables.length === 0 || !text.includes('=')) return { values: {}, lines: 0 };
  const entries = text.split(/\r\n|\r|\n/).flatMap((line) => {
    const read = readEnvFile(line);
    return read.ok ? read.value : [];
  });
  const found: Partial<Record<TextField, string>> = {};
  let lines = 0;
  for (const variable of variables) {
    const entry = entries.findLast((candidate) => candidate.key === variable.key);
    if (!entry || entry.value === '') continue;
    found[variable.field] = entry.value;
    lines += 1;
  }
  return { values: found, lines };
}

/** `client_id:secret`, when the kind's principal and secret are both made by Butlr and the client ID typed so far agrees. */
function pairValues(text: string, values: ProfileFormValues): Partial<Record<TextField, string>> {
  const { principal, fields, secret } = factsOf(values.kind);
  const principalField = fields.find((field) => field.key === principal);
  const match = PAIR.exec(text.trim());
  if (!match || !principalField?.machineMade || !secret.machineMade) return {};
  const [, id = '', secretValue = ''] = match;
  // A client ID already typed and different: the colon is more likely part of a secret than a separator.
  const typed = values[principal].trim();
  if (typed !== '' && typed !== id) return {};
  return { [principal]: id, [secret.key]: secretValue };
}

/** Spaces and line breaks, then matching quotes, then spaces again, taken off both ends; what was taken, in words. */
function cleaned(text: string): { text: string; removed: string[] } {
  const outer = text.trim();
  const quote = outer[0];
  const quoted = outer.length >= 2 && quote !== undefined && QUOTES.has(quote) && outer.at(-1) === quote;
  const inner = quoted ? outer.slice(1, -1).trim() : outer;
  const spaces = text.replace(inner, '');
  const removed = [
    ...(/[^\S\r\n]/.test(spaces) ? ['spaces'] : []),
    ...(/[\r\n]/.test(spaces) ? ['line break'] : []),
    ...(quoted ? ['quotes'] : []),
  ];
  return { text: inner, removed };
}

/**
 * What pasting `text` into `field` should do, given the form's values; null for an ordinary paste, left to the browser.
 * Only the inputs Butlr makes (a client ID, a client secret) are read this way: a password is pasted as it is.
 */
export function readPaste(text: string, field: TextField, values: ProfileFormValues): PasteReading | null {
  const input = inputOf(values.kind, field as CredentialInputName);
  if (!input?.machineMade) return null;
  const env = envValues(text, values);
  const pair = env.lines > 0 ? {} : pairValues(text, values);
  const filled = env.lines > 0 ? env.values : pair;
  const names = Object.keys(filled).map((key) => nameOf(key as TextField, values));
  if (names.length > 0) {
    const source = env.lines > 1 ? 'the pasted .env lines' : env.lines === 1 ? 'the pasted .env line' : 'the pasted client_id:secret pair';
    return { kind: 'fill', values: filled, note: `Filled in the ${listed(names)} from ${source}.` };
  }
  const clean = cleaned(text);
  if (clean.removed.length === 0 || clean.text === '') return null;
  return { kind: 'clean', text: clean.text, note: `Removed the ${listed(clean.removed)} around the pasted ${input.name}.` };
}
