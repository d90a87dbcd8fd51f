// Quotes one value as a single word for a POSIX shell (sh, bash, zsh), so pasted commands never run what they carry.

/**
 * Wraps `value` in single quotes, inside which a POSIX shell gives no character a meaning ($, `, \, !, newlines all stay
 * as they are). A single quote cannot appear inside them, so each one closes the quotes, adds an escaped quote and
 * reopens them: `it's` becomes `'it'\''s'`. The empty string becomes `''`, still one (empty) word.
 */
export function quotePosixShellArgument(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
