// Quotes one value as a single word for a shell (POSIX sh, bash, zsh; fish; PowerShell), so pasted and eval-ed commands never run what they carry.

/**
 * Wraps `value` in single quotes, inside which a POSIX shell gives no character a meaning ($, `, \, !, newlines all stay
 * as they are). A single quote cannot appear inside them, so each one closes the quotes, adds an escaped quote and
 * reopens them: `it's` becomes `'it'\''s'`. The empty string becomes `''`, still one (empty) word.
 */
export function quotePosixShellArgument(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

/**
 * One value as a single word for fish: inside single quotes fish treats only `\\` and `\'` as escapes, so those two are
 * escaped and everything else ($, `, newlines) stays as it is.
 */
export function quoteFishArgument(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/**
 * One value as a PowerShell single-quoted string, where nothing expands and a quote is written twice. PowerShell also
 * takes the typographic single quotes (‘ ’ ‚ ‛) as quotes, so each of those is doubled too, as itself.
 */
export function quotePowerShellArgument(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}
