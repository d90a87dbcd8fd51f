// Reads Electronegativity's in-place suppressions (`eng-disable CHECK_ID`) and insists each one says why, after ` -- `.

export interface Suppression {
  readonly file: string;
  readonly line: number;
  readonly checkIds: readonly string[];
  /** The text after ` -- `; empty when the comment gives no reason. */
  readonly reason: string;
}

/** The tool's own comment forms (`// eng-disable`, `/* eng-disable`, `<!-- eng-disable`), read the way it reads the ids. */
const SUPPRESSION = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable[ \t]+([\w \t]+)(.*)$/;
const COMMENT_CLOSE = /(?:\*\/|-->)\s*$/;

/** A reason short enough for one line, long enough to say something. */
export const MIN_REASON_LENGTH = 12;

export function findSuppressions(file: string, text: string): Suppression[] {
  const found: Suppression[] = [];
  text.split('\n').forEach((lineText, index) => {
    const match = SUPPRESSION.exec(lineText);
    if (!match) return;
    const tail = match[2]!.replace(COMMENT_CLOSE, '').trim();
    const reason = tail.startsWith('--') ? tail.slice(2).trim() : '';
    found.push({ file, line: index + 1, checkIds: match[1]!.trim().split(/[ \t]+/), reason });
  });
  return found;
}

export function isJustified(suppression: Suppression): boolean {
  return suppression.reason.length >= MIN_REASON_LENGTH;
}
