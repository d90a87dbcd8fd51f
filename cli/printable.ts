// Text from the app (profile names, messages) as it may reach a terminal: no control characters, so no escape sequences.

// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are replaced
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, '�');
}
