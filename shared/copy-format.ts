// The ways a token can be copied, with the words the renderer shows for each. Plain values (the schema is in
// settings.ts), so the board's Copy menu does not pull zod into the first chunk.
export const copyFormats = ['raw', 'bearer', 'header', 'curl'] as const;
export type CopyFormat = (typeof copyFormats)[number];

export const COPY_FORMAT_LABELS: Readonly<Record<CopyFormat, string>> = {
  raw: 'Token only',
  bearer: 'Bearer <token>',
  header: 'Authorization: Bearer <token>',
  curl: 'curl command',
};
