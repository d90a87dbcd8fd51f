// How secrets are protected on this machine, as main reports it to the renderer.
import { z } from './zod-mini';

export const encryptionStatusSchema = z.object({
  available: z.boolean(),
  /** safeStorage's backend on Linux (`gnome_libsecret`, `kwallet6`, `basic_text`...); the OS keystore elsewhere. */
  backend: z.string(),
  /** True when secrets are only obfuscated with a hard-coded key (Linux without a keyring). */
  weak: z.boolean(),
});
export type EncryptionStatus = z.infer<typeof encryptionStatusSchema>;
