// IPC handlers for the token feature.
import type { IpcRouter } from '../ipc/ipc-router';
import type { TokenService } from './token-service';

export function registerTokenHandlers(router: IpcRouter, tokens: TokenService): void {
  router.handle('fetchToken', ({ id }) => tokens.fetch(id));
  router.handle('copyToken', ({ id }) => tokens.copy(id));
}
