// A sentence about one profile, as errors, toasts and notifications put it: starting with the profile's name, which tells
// profiles apart where their host (Butlr's own, for nearly all) would not.

export function aboutProfile(name: string, sentence: string): string {
  return `“${name}”: ${sentence}`;
}

/** The sentence without the name `aboutProfile` put first, for a place that already says the name (a notification's title). */
export function withoutProfileName(name: string, text: string): string {
  const named = aboutProfile(name, '');
  return text.startsWith(named) ? text.slice(named.length) : text;
}
