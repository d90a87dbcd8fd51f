// Text a window or a file supplied, made safe to show in a native dialog: control characters and bidirectional overrides
// could make it print as something else (a newline that starts a fake sentence, a right-to-left override that reverses a
// path), so each is shown as its escape, visibly, and overlong text is cut.

// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are made visible
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** `text` with each unprintable character as `\u{…}`, cut to `max` characters with an ellipsis. */
export function visibleText(text: string, max: number): string {
  const visible = text.replace(UNPRINTABLE, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}
