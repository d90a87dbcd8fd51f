// IPC handlers for the token feature.
import { ok } from '../../../shared/result';
import type { DialogPort } from '../dialog-port';
import type { IpcRouter } from '../ipc/ipc-router';
import type { ProfileRepository } from '../profiles/profile-repository';
import type { ProfileService } from '../profiles/profile-service';
import { grantFromNewProfile } from './grants';
import { describeToken } from './token-details';
import type { TokenService } from './token-service';

interface TokenHandlerDeps {
  readonly tokens: TokenService;
  readonly profiles: ProfileService;
  readonly profileRepository: ProfileRepository;
  readonly dialogs: DialogPort;
}

export function registerTokenHandlers(router: IpcRouter, { tokens, profiles, profileRepository, dialogs }: TokenHandlerDeps): void {
  router.handle('fetchToken', ({ id }) => tokens.fetch(id));
  router.handle('copyToken', ({ id, format }) => tokens.copy(id, format));
  router.handle('testProfile', (input) => tokens.tryCredentials(grantFromNewProfile(input)));
  router.handle('setAutoRefresh', async ({ id, enabled }) => profiles.setAutoRefresh(id, enabled));
  router.handle('getTokenDetails', async ({ id }) => {
    if (!tokens.lifetime(id)) return ok(null);
    const held = await tokens.heldToken(id);
    return held.ok ? ok(describeToken(held.value.accessToken, held.value.lifetime)) : held;
  });
  router.handle('revealToken', async ({ id }) => {
    const held = await tokens.heldToken(id);
    if (!held.ok) return held;
    await dialogs.showToken(profileRepository.get(id)?.name ?? 'Profile', held.value.accessToken);
    return ok({ shown: true });
  });
}
