// Reads the text of a .env file into KEY=value entries, line by line, the way dotenv tools do; knows nothing about Butlr.
import { fail, ok, type Result } from './result';

export interface EnvEntry {
  readonly key: string;
  readonly value: string;
  /** 1-based, as an editor shows it. */
  readonly line: number;
}

export interface EnvLineProblem {
  readonly line: number;
  /** Says what is wrong with the line; never repeats the line's text, which may hold a secret. */
  readonly message: string;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const EXPORT_PREFIX = /^export\s+/;
/** A `#` starts a comment in an unquoted value only after whitespace (python-dotenv's rule), so `abc#1` stays whole. */
const INLINE_COMMENT = /\s#/;
const DOUBLE_QUOTE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

type ValueReading = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

/** Every KEY=value line in file order, or every line that is not one. Blank lines and `#` comments are skipped. */
export function readEnvFile(text: string): Result<readonly EnvEntry[], readonly EnvLineProblem[]> {
  const entries: EnvEntry[] = [];
  const problems: EnvLineProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const content = rawLine.trim();
    if (content === '' || content.startsWith('#')) return;
    const assignment = content.replace(EXPORT_PREFIX, '');
    const equals = assignment.indexOf('=');
    const key = equals < 0 ? '' : assignment.slice(0, equals).trim();
    if (!KEY.test(key)) {
      problems.push({ line, message: 'this is not KEY=value' });
      return;
    }
    const reading = readValue(assignment.slice(equals + 1).trim());
    if (reading.ok) entries.push({ key, value: reading.value, line });
    else problems.push({ line, message: `${key}: ${reading.message}` });
  });
  return problems.length > 0 ? fail(problems) : ok(entries);
}

function readValue(text: string): ValueReading {
  const quote = text[0];
  if (quote === '"' || quote === "'") return readQuoted(text, quote);
  const comment = INLINE_COMMENT.exec(text);
  return { ok: true, value: (comment ? text.slice(0, comment.index) : text).trimEnd() };
}

/** Double quotes understand \n \r \t \" \\; single quotes take every character as it is, like a shell. */
function readQuoted(text: string, quote: '"' | "'"): ValueReading {
  let value = '';
  for (let at = 1; at < text.length; at += 1) {
    const char = text[at] as string;
    if (char === quote) {
      const rest = text.slice(at + 1).trim();
      if (rest !== '' && !rest.startsWith('#')) return { ok: false, message: 'there is text after the closing quote' };
      return { ok: true, value };
    }
    const escaped = quote === '"' && char === '\\' && at + 1 < text.length ? DOUBLE_QUOTE_ESCAPES[text[at + 1] as string] : undefined;
    if (escaped !== undefined) {
      value += escaped;
      at += 1;
    } else {
      value += char;
    }
  }
  return { ok: false, message: `the closing ${quote} is missing (a value must fit on one line)` };
}
