// The envelope every IPC response travels in.
import type { Result } from '../result';

export type IpcResult<T> = Result<T>;
