// The envelope every IPC response travels in.
import { z } from 'zod';
import { appErrorSchema } from '../app-error';
import type { Result } from '../result';

export type IpcResult<T> = Result<T>;

export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: appErrorSchema })]);
}
