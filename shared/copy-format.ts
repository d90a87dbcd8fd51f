// The ways a token can be copied, with the words the renderer shows for each.
import { z } from './zod-mini';

export const copyFormats = ['raw', 'bearer', 'header', 'curl'] as const;
export const copyFormatSchema = z.enum(copyFormats);
export type CopyFormat = z.infer<typeof copyFormatSchema>;

export const COPY_FORMAT_LABELS: Readonly<Record<CopyFormat, string>> = {
  raw: 'Token only',
  bearer: 'Bearer <token>',
  header: 'Authorization: Bearer <token>',
  curl: 'curl command',
};
